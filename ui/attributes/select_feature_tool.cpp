#include "ui/attributes/select_feature_tool.h"

#include "gis/crs/crs_transform.h"
#include "ui/attributes/feature_pick.h"
#include "gis/datasource/layer_source.h"
#include "ui/canvas/map_canvas.h"

#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

constexpr double kTolerance = 6;  // pixels around a click
constexpr int kMaxCandidates = 50000;

// Distance from `p` to segment ab, in pixels.
double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

}  // namespace

SelectFeatureTool::SelectFeatureTool(MapCanvas* canvas) : MapTool(canvas), m_pick(new FeaturePick(this))
{
    connect(m_pick, &FeaturePick::picked, this, &SelectFeatureTool::picked);
}

void SelectFeatureTool::setLayer(const QString& path, const QString& layerName)
{
    m_path = path;
    m_layer = layerName;
}

bool SelectFeatureTool::mousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    m_pressAt = m_dragTo = event->position();
    return true;
}

bool SelectFeatureTool::mouseMove(QMouseEvent* event)
{
    if (!m_pressed)
        return false;
    m_dragTo = event->position();
    canvas()->update();
    return true;
}

bool SelectFeatureTool::mouseRelease(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return false;
    m_pressed = false;
    const bool click = (event->position() - m_pressAt).manhattanLength() <= 4;
    const QRectF area = click ? QRectF(m_pressAt - QPointF(kTolerance, kTolerance), QSizeF(2 * kTolerance, 2 * kTolerance))
                              : QRectF(m_pressAt, event->position()).normalized();
    canvas()->update();
    if (m_path.isEmpty())
        return true;
    m_pick->start(QtConcurrent::run(&SelectFeatureTool::featuresIn, m_path, m_layer, canvas()->mapSettings(),
                                    canvas()->devicePixelRatioF(), area, click),
                  event->modifiers().testFlag(Qt::ShiftModifier));
    return true;
}

QList<qint64> SelectFeatureTool::featuresIn(const QString& path, const QString& layerName, const gis::MapSettings& settings,
                                            qreal ratio, const QRectF& area, bool click)
{
    auto source = gis::openLayerSource(path, layerName, core::LayerKind::Vector);
    if (!source)
        return {};
    const QPointF a = settings.toMap(area.topLeft() * ratio), b = settings.toMap(area.bottomRight() * ratio);
    const core::Extent inMap{std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())};
    const gis::CrsTransform toLayer(settings.crs, source.value()->crs());
    if (!toLayer.isValid())
        return {};
    gis::FeatureRequest request;
    request.filter = toLayer.transformExtent(inMap);
    request.limit = kMaxCandidates;
    auto features = source.value()->features(request);
    QList<qint64> ids;
    if (!features)
        return ids;
    const QPointF at = area.center();
    gis::Feature feature;
    while (features->next(feature)) {
        if (!click) {
            ids << feature.id;  // the rectangle met its bounding box
            continue;
        }
        // In pixels: close to a point or a line, inside a polygon.
        gis::PathGeometry& g = feature.geometry;
        toLayer.transformInterleaved(g.xy.data(), g.pointCount(), true);
        QPainterPath rings;
        rings.setFillRule(Qt::OddEvenFill);
        bool hit = false;
        for (const gis::GeometryPart& part : g.parts) {
            QPolygonF pixels;
            for (std::uint32_t i = part.begin; i < part.end; ++i)
                pixels << settings.toPixel(g.xy[2 * i], g.xy[2 * i + 1]) / ratio;
            if (part.role == gis::PartRole::Point) {
                hit = hit || (!pixels.isEmpty() && QLineF(pixels.first(), at).length() <= kTolerance + 2);
            } else if (part.role == gis::PartRole::Line) {
                for (int i = 1; i < pixels.size() && !hit; ++i)
                    hit = segmentDistance(at, pixels[i - 1], pixels[i]) <= kTolerance;
            } else {
                rings.addPolygon(pixels);
            }
        }
        if (hit || rings.contains(at))
            ids << feature.id;
    }
    return ids;
}

void SelectFeatureTool::paintOverlay(QPainter& painter)
{
    if (!m_pressed || (m_dragTo - m_pressAt).manhattanLength() <= 4)
        return;
    painter.setPen(QPen(QColor(0xff, 0xa0, 0x00), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0xff, 0xd4, 0x00, 50));
    painter.drawRect(QRectF(m_pressAt, m_dragTo).normalized());
}

}  // namespace atlas::ui
