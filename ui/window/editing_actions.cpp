#include "ui/window/editing_actions.h"

#include "gis/store/layer_editor.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/add_feature_command.h"
#include "ui/commands/change_geometries_command.h"
#include "ui/commands/compound_edit_command.h"
#include "ui/commands/delete_features_command.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/tools/add_feature_tool.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace atlas::ui {

EditingActions::EditingActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                               QMainWindow* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_layers(layers), m_undoStack(undo), m_window(window),
      m_menu(new QMenu(window)), m_undo(undo->createUndoAction(this)), m_redo(undo->createRedoAction(this)),
      m_addFeature(new QAction(QIcon(QStringLiteral(":/icons/add-feature.svg")), QString(), this)),
      m_addRectangle(new QAction(this)), m_addCircle(new QAction(this)),
      m_tools(new ToolActionGroup(canvas, window->statusBar(), [this](QAction* a) { return startDrawing(a); }, this))
{
    setObjectName(QStringLiteral("EditingActions"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_addFeature->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    for (QAction* action : {m_addFeature, m_addRectangle, m_addCircle})
        m_tools->add(action);
    // Undoing or redoing a feature edit changes the map; fiche edits draw themselves.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this, last = m_undoStack->index()](int index) mutable {
        const QUndoCommand* changed = m_undoStack->command(index < last ? index : index - 1);
        last = index;
        if (dynamic_cast<const AddFeatureCommand*>(changed) || dynamic_cast<const DeleteFeaturesCommand*>(changed) ||
            dynamic_cast<const ChangeGeometriesCommand*>(changed) || dynamic_cast<const CompoundEditCommand*>(changed))
            m_canvas->refresh();
    });
    connect(m_layers, &LayersDock::currentLayerChanged, this, &EditingActions::updateAvailability);
    connect(m_document, &DocumentController::documentReplaced, this, &EditingActions::updateAvailability);
    connect(m_document, &DocumentController::layersChanged, this, &EditingActions::updateAvailability);
    window->installEventFilter(this);
    retranslate();
    updateAvailability();
}

void EditingActions::populate()
{
    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    m_menu->addAction(m_addFeature);
    m_menu->addAction(m_addRectangle);
    m_menu->addAction(m_addCircle);
    // After File, whatever else the bar holds.
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, m_menu);
}

void EditingActions::updateAvailability()
{
    m_unavailable.clear();
    m_geometry = -1;
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer) {
        m_unavailable = tr("Choose a layer in the Layers panel first.");
    } else if (layer->kind != core::LayerKind::Vector) {
        m_unavailable = tr("“%1” is not a vector layer; choose one to draw in it.").arg(layer->name);
    } else {
        auto kind = gis::LayerEditor(m_document->dataPath(*layer), layer->sourceLayer).geometryKind();
        if (kind)
            m_geometry = int(kind.value());
        else
            m_unavailable = kind.error().message();
    }
    const bool polygons = m_geometry == int(gis::EditableGeometry::Polygon);
    m_addFeature->setEnabled(m_geometry >= 0);
    m_addRectangle->setEnabled(polygons);
    m_addCircle->setEnabled(polygons);
    for (QAction* action : {m_addFeature, m_addRectangle, m_addCircle})
        action->setToolTip(action->isEnabled() ? action->text().remove(QLatin1Char('&')) : m_unavailable);
    if (!m_addFeature->isEnabled())
        m_tools->stop();
    emit availabilityChanged();
}

ToolActionGroup::Started EditingActions::startDrawing(QAction* action)
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || m_geometry < 0)
        return {};
    using Shape = ShapeSketch::Shape;
    Shape shape = Shape::Point;
    if (action == m_addRectangle)
        shape = Shape::Rectangle;
    else if (action == m_addCircle)
        shape = Shape::Circle;
    else if (m_geometry == int(gis::EditableGeometry::Line))
        shape = Shape::Line;
    else if (m_geometry == int(gis::EditableGeometry::Polygon))
        shape = Shape::Polygon;
    auto* tool = new AddFeatureTool(m_canvas, m_undoStack, m_document->dataPath(*layer), layer->sourceLayer, layer->name, shape);
    connect(tool, &AddFeatureTool::failed, this, [this](const QString& message) {
        QMessageBox::warning(m_window, tr("Feature not added"), message);
    });
    connect(tool, &AddFeatureTool::featureAdded, this, [this] {
        m_window->statusBar()->showMessage(tr("Feature added. Undo with %1.").arg(m_undo->shortcut().toString(QKeySequence::NativeText)), 4000);
    });
    connect(tool, &SketchTool::cancelled, action, [action] { action->setChecked(false); });
    QString hint = tr("Click on the map to place it; Esc leaves the tool.");
    if (shape == Shape::Line)
        hint = tr("Click the vertices; double-click or Enter ends, Backspace removes the last one, Esc starts over.");
    else if (shape == Shape::Polygon)
        hint = tr("Click the vertices, Shift+click to start a hole; double-click or Enter ends, Backspace removes the last one, Esc starts over.");
    return {tool, hint};
}

bool EditingActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void EditingActions::retranslate()
{
    m_menu->setTitle(tr("&Edit"));
    m_addFeature->setText(tr("&Add feature"));
    m_addRectangle->setText(tr("Add &rectangle"));
    m_addCircle->setText(tr("Add &circle"));
    updateAvailability();
}

}  // namespace atlas::ui
