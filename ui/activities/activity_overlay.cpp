#include "ui/activities/activity_overlay.h"

#include "gis/crs/crs_transform.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/activity_timeline.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace atlas::ui {

namespace {

constexpr double kFlagSize = 20;

// A flag on a pole whose foot stands on the point: unlike the fiches' pins and discs.
void drawFlag(QPainter& painter, QPointF foot, const QColor& colour)
{
    const QPointF top = foot - QPointF(0, kFlagSize);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(foot, top);
    QPainterPath flag;
    flag.moveTo(top);
    flag.lineTo(top + QPointF(kFlagSize * 0.75, kFlagSize * 0.22));
    flag.lineTo(top + QPointF(0, kFlagSize * 0.5));
    flag.closeSubpath();
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(colour);
    painter.drawPath(flag);
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(foot, 2.5, 2.5);
}

}  // namespace

ActivityOverlay::ActivityOverlay(MapCanvas* canvas) : QWidget(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("ActivityOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, [this] {
        if (m_canvas && m_canvas->mapSettings().crs != m_placedCrs)
            place();  // a new CRS: project again
        update();
    });
    show();
    raise();
}

void ActivityOverlay::setActivities(const QList<core::Activity>& activities)
{
    m_activities = activities;
    place();
    update();
}

void ActivityOverlay::place()
{
    m_placed.clear();
    if (!m_canvas)
        return;
    m_placedCrs = m_canvas->mapSettings().crs;
    const gis::CrsTransform transform(QStringLiteral("EPSG:4326"), m_placedCrs);
    if (!transform.isValid())
        return;
    for (const core::Activity& a : m_activities) {
        gis::PathGeometry g;
        const QByteArray& wkb = a.locationWkb;
        if (wkb.isEmpty() ||
            !gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), g) ||
            g.isEmpty())
            continue;
        Placed p{a.identity.uuid, a.type, {}, {}};
        bool ok = true;
        core::Extent box = core::Extent::null();
        for (const gis::GeometryPart& part : g.parts) {
            QPolygonF ring;
            for (std::uint32_t i = part.begin; i < part.end && ok; ++i) {
                double x = g.xy[2 * i], y = g.xy[2 * i + 1];
                ok = transform.transformPoint(x, y) && std::isfinite(x) && std::isfinite(y);
                ring << QPointF(x, y);
                box = box.united({x, y, x, y});
            }
            if (g.hasPolygon())
                p.rings << ring;
        }
        if (!ok)
            continue;
        p.anchor = box.center();
        m_placed << p;
    }
}

std::optional<QPointF> ActivityOverlay::symbolPosition(const QUuid& activity) const
{
    if (!m_canvas)
        return std::nullopt;
    for (const Placed& p : m_placed)
        if (p.uuid == activity)
            return m_canvas->mapSettings().toPixel(p.anchor.x(), p.anchor.y()) / m_canvas->devicePixelRatioF();
    return std::nullopt;
}

bool ActivityOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

void ActivityOverlay::paintEvent(QPaintEvent*)
{
    if (!m_canvas || m_placed.isEmpty())
        return;
    const gis::MapSettings settings = m_canvas->mapSettings();
    const qreal ratio = m_canvas->devicePixelRatioF();
    const auto pixel = [&](QPointF map) { return settings.toPixel(map.x(), map.y()) / ratio; };
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Placed& p : m_placed) {
        const QColor colour = ActivityTimeline::typeColour(p.type);
        if (!p.rings.isEmpty()) {
            QPainterPath area;
            for (const QPolygonF& ring : p.rings) {
                QPolygonF onScreen;
                for (const QPointF& v : ring)
                    onScreen << pixel(v);
                area.addPolygon(onScreen);
                area.closeSubpath();
            }
            QColor fill = colour;
            fill.setAlpha(50);
            painter.setBrush(fill);
            painter.setPen(QPen(colour, 2.5, Qt::DashLine));
            painter.drawPath(area);
        }
        drawFlag(painter, pixel(p.anchor), colour);
    }
}

}  // namespace atlas::ui
