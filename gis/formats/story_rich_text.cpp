#include "gis/formats/story_rich_text.h"

#include "gis/formats/web_bundle_layer_writer.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace atlas::gis {

namespace {

bool isOrdered(const QTextList* list)
{
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
           style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
           style == QTextListFormat::ListUpperRoman;
}

bool safeHref(const QString& href)
{
    static const QRegularExpression allowed(QStringLiteral("^(https?://|mailto:)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return allowed.match(href).hasMatch();
}

// One piece of text with its formats; images (object characters) are dropped.
struct Run {
    QString text;
    bool bold = false, italic = false;
    QString href;
};

QList<Run> runsOf(const QTextBlock& block)
{
    QList<Run> out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat f = fragment.charFormat();
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter);
        if (text.isEmpty())
            continue;
        out << Run{text, f.fontWeight() >= QFont::DemiBold, f.fontItalic(),
                   f.isAnchor() ? f.anchorHref() : QString()};
    }
    return out;
}

QString runsHtml(const QList<Run>& runs)
{
    QString out;
    for (const Run& r : runs) {
        QString text = r.text.toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        if (r.italic)
            text = QStringLiteral("<i>%1</i>").arg(text);
        if (r.bold)
            text = QStringLiteral("<b>%1</b>").arg(text);
        if (!r.href.isEmpty())
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(r.href.toHtmlEscaped(), text);
        out += text;
    }
    return out;
}

QByteArray runsJson(const QList<Run>& runs)
{
    QByteArray out;
    const auto add = [&](const QByteArray& item) { out += (out.isEmpty() ? "" : ",") + item; };
    for (const Run& r : runs) {
        const QStringList lines = r.text.split(QChar::LineSeparator);
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                add("{\"br\":true}");
            if (lines[i].isEmpty())
                continue;
            QByteArray run = "{\"text\":" + jsonString(lines[i]);
            if (r.bold)
                run += ",\"b\":true";
            if (r.italic)
                run += ",\"i\":true";
            if (safeHref(r.href))
                run += ",\"href\":" + jsonString(r.href);
            add(run + '}');
        }
    }
    return '[' + out + ']';
}

// Walks the blocks of `document`, grouping list items: `paragraph(runs)` for a plain
// block, `list(ordered, items)` for each run of consecutive items of one list.
template <typename Paragraph, typename List>
void walk(const QTextDocument& document, Paragraph paragraph, List list)
{
    const QTextList* open = nullptr;
    QList<QList<Run>> items;
    const auto close = [&] {
        if (open)
            list(isOrdered(open), items);
        open = nullptr;
        items.clear();
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList* current = block.textList();
        if (current != open)
            close();
        open = current;
        if (current)
            items << runsOf(block);
        else if (const QList<Run> runs = runsOf(block); !runs.isEmpty())
            paragraph(runs);
    }
    close();
}

}  // namespace

QString storyHtml(const QTextDocument& document)
{
    QString out;
    walk(
        document, [&](const QList<Run>& runs) { out += QStringLiteral("<p>%1</p>").arg(runsHtml(runs)); },
        [&](bool ordered, const QList<QList<Run>>& items) {
            out += ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            for (const QList<Run>& item : items)
                out += QStringLiteral("<li>%1</li>").arg(runsHtml(item));
            out += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        });
    return out;
}

QByteArray storyTextJson(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QByteArray out;
    const auto add = [&](const QByteArray& block) { out += (out.isEmpty() ? "" : ",") + block; };
    walk(
        document, [&](const QList<Run>& runs) { add("{\"p\":" + runsJson(runs) + '}'); },
        [&](bool ordered, const QList<QList<Run>>& items) {
            QByteArray list;
            for (const QList<Run>& item : items)
                list += (list.isEmpty() ? "" : ",") + runsJson(item);
            add(QByteArray(ordered ? "{\"ol\":[" : "{\"ul\":[") + list + "]}");
        });
    return '[' + out + ']';
}

}  // namespace atlas::gis
