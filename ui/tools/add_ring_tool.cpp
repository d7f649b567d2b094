#include "ui/tools/add_ring_tool.h"

#include "gis/geometry/polygon_holes.h"
#include "gis/store/layer_editor.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/change_geometries_command.h"

#include <QUndoStack>

namespace atlas::ui {

AddRingTool::AddRingTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table)
    : FeatureEditSketchTool(canvas, ShapeSketch::Shape::Polygon, undoStack, std::move(atlasPath), std::move(table))
{
    setInk(QColor(0x1f, 0x6f, 0xb4));
}

void AddRingTool::shapeFinished(const QList<QPointF>& mapPoints)
{
    const auto ring = inLayerCrs(mapPoints);
    if (!ring)
        return;
    const QList<qint64> ids = candidates(mapPoints, true);
    if (ids.isEmpty()) {
        emit failed(tr("Start the ring inside a polygon of the layer, or select the polygon first."));
        return;
    }
    // The first polygon that can take the ring does; else the reason the first one gave.
    const gis::LayerEditor editor(atlasPath(), table());
    QString reason;
    for (qint64 id : ids) {
        auto feature = editor.read(id);
        if (!feature) {
            emit failed(feature.error().message());
            return;
        }
        auto holed = gis::withHole(feature.value().wkb, *ring);
        if (!holed) {
            if (reason.isEmpty())
                reason = holed.error().reason;
            continue;
        }
        auto error = std::make_shared<QString>();
        undoStack()->push(new ChangeGeometriesCommand(atlasPath(), table(), {{id, feature.value().wkb, holed.value()}},
                                                      tr("Add a ring to feature %1").arg(id), error));
        if (!error->isEmpty()) {
            emit failed(*error);
            return;
        }
        canvas()->refresh();
        emit edited({id});
        return;
    }
    emit failed(tr("The ring cannot be cut: %1.").arg(reason));
}

}  // namespace atlas::ui
