#include "gis/formats/activity_report.h"

#include "core/model/translate.h"
#include "gis/print/pdf_file.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <array>

namespace atlas::gis {
namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString uuids(const QList<QUuid>& list)
{
    QStringList out;
    for (const QUuid& u : list)
        out << u.toString(QUuid::WithoutBraces);
    return out.join(QLatin1Char(' '));
}

QString money(double euros)
{
    return QLocale().toString(euros, 'f', 0) + QStringLiteral(" €");
}

constexpr std::array<core::ActivityType, 5> kTypes = {
    core::ActivityType::AdviceMission, core::ActivityType::Workshop, core::ActivityType::DiscoveryDay,
    core::ActivityType::CallForProjects, core::ActivityType::Study};

}  // namespace

QString activityTypeLabel(core::ActivityType type)
{
    switch (type) {
    case core::ActivityType::AdviceMission:
        return tr("Advice mission");
    case core::ActivityType::Workshop:
        return tr("Workshop");
    case core::ActivityType::DiscoveryDay:
        return tr("Discovery day");
    case core::ActivityType::CallForProjects:
        return tr("Call for projects");
    case core::ActivityType::Study:
        return tr("Study");
    }
    return {};
}

QString activityStatusLabel(core::ActivityStatus status)
{
    switch (status) {
    case core::ActivityStatus::Planned:
        return tr("Planned");
    case core::ActivityStatus::Ongoing:
        return tr("Ongoing");
    case core::ActivityStatus::Done:
        return QCoreApplication::translate("atlas::gis", "Done", "activity status");
    }
    return {};
}

ActivitySummary summariseActivities(const QList<core::Activity>& activities)
{
    ActivitySummary summary;
    for (const core::Activity& a : activities) {
        ActivityTally& t = summary[a.year()][a.type];
        ++t.count;
        t.budget += a.budget.value_or(0);
    }
    return summary;
}

QByteArray activitiesCsv(const QList<core::Activity>& activities)
{
    QStringList lines{QStringLiteral("uuid,type,status,title_fr,title_nl,organisation,people,start,end,budget,"
                                     "fiches,media,publications")};
    for (const core::Activity& a : activities) {
        const QStringList fields = {a.identity.uuid.toString(QUuid::WithoutBraces),
                                    core::activityTypeName(a.type),
                                    core::activityStatusName(a.status),
                                    a.titleFr,
                                    a.titleNl,
                                    a.organisation,
                                    a.people.join(QStringLiteral("; ")),
                                    a.start.toString(Qt::ISODate),
                                    a.end.toString(Qt::ISODate),
                                    a.budget ? QString::number(*a.budget, 'f', 2) : QString(),
                                    uuids(a.fiches),
                                    uuids(a.media),
                                    uuids(a.publications)};
        QStringList escaped;
        for (const QString& f : fields)
            escaped << csvField(f);
        lines << escaped.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

core::Status writeActivityReportPdf(const QList<core::Activity>& activities, const QString& title,
                                    const QString& path)
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                         QPageLayout::Millimeter);
    return writePdfFile(path, a4, 300, title, [&](QPainter& p, QPdfWriter& writer) {
        const double mm = 300 / 25.4;
        const double width = p.viewport().width();
        const auto font = [&](double pt, bool bold) {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(int(pt / 72.0 * 300));
            f.setBold(bold);
            return f;
        };
        double y = 0;
        p.setFont(font(16, true));
        p.drawText(QRectF(0, y, width, 10 * mm), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += 12 * mm;
        p.setFont(font(11, true));
        p.drawText(QRectF(0, y, width, 7 * mm), Qt::AlignLeft | Qt::AlignVCenter, tr("Activities per year and type"));
        y += 8 * mm;

        // The year x type table: count, and budget where known.
        const ActivitySummary summary = summariseActivities(activities);
        const double firstColumn = 22 * mm, column = (width - firstColumn) / (kTypes.size() + 1);
        const double row = 9 * mm;
        p.setFont(font(7.5, true));
        for (std::size_t i = 0; i < kTypes.size(); ++i)
            p.drawText(QRectF(firstColumn + i * column, y, column, row), Qt::AlignCenter | Qt::TextWordWrap,
                       activityTypeLabel(kTypes[i]));
        p.drawText(QRectF(firstColumn + kTypes.size() * column, y, column, row), Qt::AlignCenter, tr("Total"));
        y += row;
        p.setFont(font(8, false));
        for (auto it = summary.cbegin(); it != summary.cend(); ++it) {
            p.drawLine(QPointF(0, y), QPointF(width, y));
            p.drawText(QRectF(0, y, firstColumn, row), Qt::AlignLeft | Qt::AlignVCenter,
                       it.key() > 0 ? QString::number(it.key()) : tr("undated"));
            ActivityTally total;
            for (std::size_t i = 0; i < kTypes.size(); ++i) {
                const ActivityTally t = it.value().value(kTypes[i]);
                total.count += t.count;
                total.budget += t.budget;
                const QString cell = t.count == 0 ? QStringLiteral("–")
                                                  : t.budget > 0 ? QStringLiteral("%1\n%2").arg(t.count).arg(money(t.budget))
                                                                 : QString::number(t.count);
                p.drawText(QRectF(firstColumn + i * column, y, column, row), Qt::AlignCenter, cell);
            }
            p.drawText(QRectF(firstColumn + kTypes.size() * column, y, column, row), Qt::AlignCenter,
                       total.budget > 0 ? QStringLiteral("%1\n%2").arg(total.count).arg(money(total.budget))
                                        : QString::number(total.count));
            y += row;
        }
        p.drawLine(QPointF(0, y), QPointF(width, y));
        y += 8 * mm;

        // Then the activities themselves, one line each, on as many pages as needed.
        p.setFont(font(11, true));
        p.drawText(QRectF(0, y, width, 7 * mm), Qt::AlignLeft | Qt::AlignVCenter, tr("Activities"));
        y += 8 * mm;
        const QFont line = font(8, false);
        p.setFont(line);
        const QFontMetricsF metrics(line);
        const double lineHeight = 5 * mm;
        for (const core::Activity& a : activities) {
            if (y + lineHeight > p.viewport().height()) {
                writer.newPage();
                y = 0;
            }
            const QString dates = a.end.isValid() ? QStringLiteral("%1 – %2").arg(QLocale().toString(a.start, QLocale::ShortFormat),
                                                                                   QLocale().toString(a.end, QLocale::ShortFormat))
                                                  : QLocale().toString(a.start, QLocale::ShortFormat);
            const QString text = QStringLiteral("%1 · %2 · %3 · %4 · %5")
                                     .arg(dates, activityTypeLabel(a.type), activityStatusLabel(a.status),
                                          a.title(QLocale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                                                  : QStringLiteral("fr")),
                                          a.organisation);
            p.drawText(QRectF(0, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(text, Qt::ElideRight, width));
            y += lineHeight;
        }
    });
}

}  // namespace atlas::gis
