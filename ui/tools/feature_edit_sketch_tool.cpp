#include "ui/tools/feature_edit_sketch_tool.h"

#include "gis/crs/point_transform.h"
#include "gis/store/layer_editor.h"
#include "ui/attributes/select_feature_tool.h"
#include "ui/canvas/map_canvas.h"

#include <algorithm>

namespace atlas::ui {
namespace {

constexpr double kPickTolerance = 6.0;  // pixels around a click

}  // namespace

FeatureEditSketchTool::FeatureEditSketchTool(MapCanvas* canvas, ShapeSketch::Shape shape, QUndoStack* undoStack,
                                             QString atlasPath, QString table)
    : SketchTool(canvas, shape), m_undo(undoStack), m_atlas(std::move(atlasPath)), m_table(std::move(table))
{
}

std::optional<QList<QPointF>> FeatureEditSketchTool::inLayerCrs(const QList<QPointF>& mapPoints)
{
    auto layerCrs = gis::LayerEditor(m_atlas, m_table).crs();
    if (!layerCrs) {
        emit failed(layerCrs.error().message());
        return std::nullopt;
    }
    auto points = gis::transformPoints(gis::CrsTransform(canvas()->mapSettings().crs, layerCrs.value()), mapPoints);
    if (!points)
        emit failed(tr("The shape cannot be placed in the layer's CRS (%1).").arg(layerCrs.value()));
    return points;
}

QList<qint64> FeatureEditSketchTool::candidates(const QList<QPointF>& mapPoints, bool click) const
{
    if (!m_selection.isEmpty() || mapPoints.isEmpty())
        return m_selection;
    QRectF area;
    if (click) {
        const QPointF at = toWidget(mapPoints.first());
        area = QRectF(at - QPointF(kPickTolerance, kPickTolerance), QSizeF(2 * kPickTolerance, 2 * kPickTolerance));
    } else {
        QPolygonF onScreen;
        for (const QPointF& p : mapPoints)
            onScreen << toWidget(p);
        area = onScreen.boundingRect().adjusted(-1, -1, 1, 1);
    }
    // Spatially indexed, so quick on any layer.
    QList<qint64> ids = SelectFeatureTool::featuresIn(m_atlas, m_table, canvas()->mapSettings(),
                                                      canvas()->devicePixelRatioF(), area, click);
    std::reverse(ids.begin(), ids.end());  // the one drawn on top first
    return ids;
}

}  // namespace atlas::ui
