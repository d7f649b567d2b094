#include "ui/tools/add_point_tool.h"

#include "gis/crs/crs_transform.h"
#include "gis/store/owned_layer_editor.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/add_feature_command.h"
#include "ui/dialogs/attribute_form_dialog.h"

#include <QMouseEvent>
#include <QUndoStack>
#include <cstring>

namespace atlas::ui {
namespace {

QByteArray pointWkb(double x, double y)
{
    QByteArray wkb(21, '\0');
    wkb[0] = 1;  // little endian
    const quint32 type = 1;
    std::memcpy(wkb.data() + 1, &type, 4);
    std::memcpy(wkb.data() + 5, &x, 8);
    std::memcpy(wkb.data() + 13, &y, 8);
    return wkb;
}

}  // namespace

AddPointTool::AddPointTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table,
                           QString layerName)
    : MapTool(canvas), m_undo(undoStack), m_atlas(std::move(atlasPath)), m_table(std::move(table)),
      m_layerName(std::move(layerName))
{
}

bool AddPointTool::mousePress(QMouseEvent* event)
{
    return event->button() == Qt::LeftButton;
}

bool AddPointTool::mouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const gis::OwnedLayerEditor editor(m_atlas, m_table);
    auto layerCrs = editor.crs();
    auto fields = editor.fields();
    if (!layerCrs || !fields) {
        emit failed((layerCrs ? fields.error() : layerCrs.error()).message());
        return true;
    }
    const QPointF map = toMap(event->position());
    double x = map.x(), y = map.y();
    const gis::CrsTransform toLayer(canvas()->mapSettings().crs, layerCrs.value());
    if (!toLayer.isValid() || !toLayer.transformPoint(x, y)) {
        emit failed(tr("The point cannot be placed in the layer's CRS (%1).").arg(layerCrs.value()));
        return true;
    }
    AttributeFormDialog form(fields.value(), m_layerName, canvas());
    if (form.exec() != QDialog::Accepted)
        return true;  // cancelled: nothing is added
    gis::FeatureRecord feature;
    feature.wkb = pointWkb(x, y);
    feature.attributes = form.values();
    auto outcome = std::make_shared<AddFeatureCommand::Outcome>();
    m_undo->push(new AddFeatureCommand(m_atlas, m_table, feature, outcome));  // redo() writes it
    if (!outcome->error.isEmpty()) {
        emit failed(outcome->error);
        return true;
    }
    emit featureAdded(outcome->fid);
    canvas()->refresh();
    return true;
}

}  // namespace atlas::ui
