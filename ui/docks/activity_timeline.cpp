#include "ui/docks/activity_timeline.h"

#include <QPainter>
#include <algorithm>

namespace atlas::ui {

namespace {
constexpr int kRowHeight = 20;
constexpr int kAxisHeight = 22;
constexpr int kLabelWidth = 180;
constexpr int kMargin = 8;
}  // namespace

ActivityTimeline::ActivityTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activityTimeline"));
    setMinimumHeight(kAxisHeight + kRowHeight);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QColor ActivityTimeline::typeColour(core::ActivityType type)
{
    switch (type) {
    case core::ActivityType::AdviceMission:
        return QColor(31, 119, 180);
    case core::ActivityType::Workshop:
        return QColor(255, 127, 14);
    case core::ActivityType::DiscoveryDay:
        return QColor(44, 160, 44);
    case core::ActivityType::CallForProjects:
        return QColor(214, 39, 40);
    case core::ActivityType::Study:
        return QColor(148, 103, 189);
    }
    return Qt::gray;
}

void ActivityTimeline::setActivities(const QList<core::Activity>& activities)
{
    m_rows = activities;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const core::Activity& a, const core::Activity& b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    m_from = {};
    m_to = {};
    for (const core::Activity& a : m_rows) {
        if (!a.start.isValid())
            continue;
        const QDate end = a.end.isValid() ? a.end : a.start;
        m_from = m_from.isValid() ? std::min(m_from, a.start) : a.start;
        m_to = m_to.isValid() ? std::max(m_to, end) : end;
    }
    // Whole years on the axis, so the ticks fall on 1 January.
    if (m_from.isValid()) {
        m_from = QDate(m_from.year(), 1, 1);
        m_to = QDate(m_to.year() + 1, 1, 1);
    }
    updateGeometry();
    update();
}

QSize ActivityTimeline::sizeHint() const
{
    return {kLabelWidth + 400, kAxisHeight + std::max(1, rowCount()) * kRowHeight + kMargin};
}

double ActivityTimeline::xOf(const QDate& day) const
{
    const double span = std::max<qint64>(1, m_from.daysTo(m_to));
    const double width = std::max(10, this->width() - kLabelWidth - kMargin);
    return kLabelWidth + width * m_from.daysTo(day) / span;
}

QRectF ActivityTimeline::barRect(int row) const
{
    if (row < 0 || row >= rowCount() || !m_rows[row].start.isValid())
        return {};
    const core::Activity& a = m_rows[row];
    const QDate end = (a.end.isValid() ? a.end : a.start).addDays(1);
    const double left = xOf(a.start);
    const double right = std::max(left + 3, xOf(end));  // a single day still shows
    return QRectF(left, kAxisHeight + row * kRowHeight + 4, right - left, kRowHeight - 8);
}

void ActivityTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    if (m_from.isValid()) {
        p.setPen(pal.color(QPalette::Mid));
        for (int year = m_from.year(); year <= m_to.year(); ++year) {
            const double x = xOf(QDate(year, 1, 1));
            p.drawLine(QPointF(x, kAxisHeight - 4), QPointF(x, height()));
            if (year < m_to.year())
                p.drawText(QRectF(x + 3, 0, 60, kAxisHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
                           QString::number(year));
        }
    }
    for (int row = 0; row < rowCount(); ++row) {
        const core::Activity& a = m_rows[row];
        const QRectF label(kMargin, kAxisHeight + row * kRowHeight, kLabelWidth - 2 * kMargin, kRowHeight);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(a.title(locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                                                    : QStringLiteral("fr")),
                                            Qt::ElideRight, int(label.width())));
        const QRectF bar = barRect(row);
        if (bar.isEmpty())
            continue;
        QColor colour = typeColour(a.type);
        // Planned activities are lighter: not done yet.
        if (a.status == core::ActivityStatus::Planned)
            colour.setAlpha(110);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(bar, 3, 3);
    }
}

}  // namespace atlas::ui
