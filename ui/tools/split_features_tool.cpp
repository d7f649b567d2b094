#include "ui/tools/split_features_tool.h"

#include "gis/store/layer_editor.h"
#include "gis/geometry/geometry_split.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/split_merge_commands.h"

#include <QUndoStack>
#include <algorithm>

namespace atlas::ui {

SplitFeaturesTool::SplitFeaturesTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table)
    : FeatureEditSketchTool(canvas, ShapeSketch::Shape::Line, undoStack, std::move(atlasPath), std::move(table))
{
    setInk(QColor(0xd9, 0x48, 0x01));
}

void SplitFeaturesTool::shapeFinished(const QList<QPointF>& mapPoints)
{
    const auto blade = inLayerCrs(mapPoints);
    if (!blade)
        return;
    const gis::LayerEditor editor(atlasPath(), table());
    QList<FeatureSplit> splits;
    QList<qint64> ids = candidates(mapPoints, false);
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        auto feature = editor.read(id);
        if (!feature) {
            emit failed(feature.error().message());
            return;
        }
        auto pieces = gis::splitGeometry(feature.value().wkb, *blade);
        if (!pieces) {
            emit failed(tr("Feature %1 cannot be split: %2.").arg(id).arg(pieces.error().reason));
            return;
        }
        if (pieces.value().size() > 1)
            splits << FeatureSplit{feature.value(), pieces.value()};
    }
    if (splits.isEmpty()) {
        emit failed(tr("The line does not cross any line or polygon of the layer; draw it right across."));
        return;
    }
    auto error = std::make_shared<QString>();
    auto added = std::make_shared<QList<qint64>>();
    undoStack()->push(splitFeaturesCommand(atlasPath(), table(), splits, error, added));
    if (!error->isEmpty()) {
        emit failed(*error);
        return;
    }
    canvas()->refresh();
    QList<qint64> written;
    for (const FeatureSplit& split : splits)
        written << split.original.fid;
    emit edited(written + *added);
}

}  // namespace atlas::ui
