#pragma once
// Rich text of a publication section: the small HTML subset it is stored as (p, br, b,
// i, ul/ol/li, a href), written from a QTextDocument, and the same text as a JSON tree
// for story pages, which then build it element by element and never parse HTML.

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace atlas::gis {

// Paragraphs, lists, bold, italic and links of `document`; every other format (fonts,
// colours, sizes, images) is left out, text is escaped.
QString storyHtml(const QTextDocument& document);

// `html` (stored text, or any HTML) read as Qt reads rich text, kept to the same subset:
// [{"p":[run...]} | {"ul"|"ol":[[run...]...]}], a run being {"text","b","i","href"} or
// {"br":true}. Scripts, styles, images and event handlers do not survive; links keep
// only http(s) and mailto addresses.
QByteArray storyTextJson(const QString& html);

}  // namespace atlas::gis
