#include "ui/attributes/select_polygon_tool.h"

#include "gis/crs/point_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/geometry/area_filter.h"
#include "ui/attributes/feature_pick.h"
#include "ui/canvas/map_canvas.h"

#include <QGuiApplication>
#include <QPolygonF>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

SelectPolygonTool::SelectPolygonTool(MapCanvas* canvas)
    : SketchTool(canvas, ShapeSketch::Shape::Polygon), m_pick(new FeaturePick(this))
{
    setInk(QColor(0xff, 0xa0, 0x00));
    connect(m_pick, &FeaturePick::picked, this, &SelectPolygonTool::picked);
}

void SelectPolygonTool::setLayer(const QString& path, const QString& layerName)
{
    m_path = path;
    m_layer = layerName;
}

void SelectPolygonTool::shapeFinished(const QList<QPointF>& mapPoints)
{
    if (m_path.isEmpty())
        return;
    m_pick->start(QtConcurrent::run(&SelectPolygonTool::featuresMeeting, m_path, m_layer, canvas()->mapSettings().crs,
                                    mapPoints),
                  QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
}

QList<qint64> SelectPolygonTool::featuresMeeting(const QString& path, const QString& layerName, const QString& crs,
                                                 const QList<QPointF>& ring)
{
    auto source = gis::openLayerSource(path, layerName, core::LayerKind::Vector);
    if (!source)
        return {};
    const auto inLayer = gis::transformPoints(gis::CrsTransform(crs, source.value()->crs()), ring);
    if (!inLayer)
        return {};
    const gis::AreaFilter area(*inLayer);
    if (!area.isValid())
        return {};
    const QRectF box = QPolygonF(*inLayer).boundingRect();
    gis::FeatureRequest request;
    request.filter = core::Extent{box.left(), box.top(), box.right(), box.bottom()};
    auto features = source.value()->features(request);
    QList<qint64> ids;
    if (!features)
        return ids;
    gis::Feature feature;
    while (features->next(feature))
        if (area.intersects(feature.geometry))
            ids << feature.id;
    return ids;
}

}  // namespace atlas::ui
