#include "ui/tools/add_feature_tool.h"

#include "core/model/wkb_point.h"
#include "core/model/wkb_shapes.h"
#include "gis/crs/crs_transform.h"
#include "gis/crs/point_transform.h"
#include "gis/store/layer_editor.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/add_feature_command.h"
#include "ui/dialogs/attribute_form_dialog.h"

#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace atlas::ui {

AddFeatureTool::AddFeatureTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table,
                               QString layerName, ShapeSketch::Shape shape)
    : SketchTool(canvas, shape), m_undo(undoStack), m_atlas(std::move(atlasPath)), m_table(std::move(table)),
      m_layerName(std::move(layerName))
{
    setHolesAllowed(true);  // Shift+click starts a hole in a polygon
}

void AddFeatureTool::shapeFinished(const QList<QPointF>& mapPoints)
{
    const gis::LayerEditor editor(m_atlas, m_table);
    auto layerCrs = editor.crs();
    auto fields = editor.fields();
    if (!layerCrs || !fields) {
        emit failed((layerCrs ? fields.error() : layerCrs.error()).message());
        return;
    }
    const gis::CrsTransform toLayer(canvas()->mapSettings().crs, layerCrs.value());
    QList<QList<QPointF>> rings;  // the shape, then a polygon's holes
    for (const QList<QPointF>& ring : QList<QList<QPointF>>{mapPoints} + holes()) {
        auto inLayer = gis::transformPoints(toLayer, ring);
        if (!inLayer || !std::all_of(inLayer->cbegin(), inLayer->cend(), [](const QPointF& p) {
                return std::isfinite(p.x()) && std::isfinite(p.y());
            })) {
            emit failed(tr("The shape cannot be placed in the layer's CRS (%1).").arg(layerCrs.value()));
            return;
        }
        rings << *inLayer;
    }
    const QList<QPointF>& points = rings.first();
    AttributeFormDialog form(fields.value(), m_layerName, canvas());
    if (form.exec() != QDialog::Accepted)
        return;  // cancelled: nothing is added
    gis::FeatureRecord feature;
    switch (shape()) {
    case ShapeSketch::Shape::Point:
        feature.wkb = core::pointWkb(points.first().x(), points.first().y());
        break;
    case ShapeSketch::Shape::Line:
        feature.wkb = core::lineStringWkb(points);
        break;
    default:
        feature.wkb = core::polygonWkb(rings);
    }
    feature.attributes = form.values();
    auto outcome = std::make_shared<AddFeatureCommand::Outcome>();
    m_undo->push(new AddFeatureCommand(m_atlas, m_table, feature, outcome));  // redo() writes it
    if (!outcome->error.isEmpty()) {
        emit failed(outcome->error);
        return;
    }
    emit featureAdded(outcome->fid);
    canvas()->refresh();
}

}  // namespace atlas::ui
