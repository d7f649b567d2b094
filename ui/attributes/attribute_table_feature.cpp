#include "ui/attributes/attribute_table_feature.h"

#include "gis/store/layer_editor.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/select_feature_tool.h"
#include "ui/attributes/select_polygon_tool.h"
#include "ui/attributes/selection_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/delete_features_command.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <algorithm>

namespace atlas::ui {

AttributeTableFeature::AttributeTableFeature(DocumentController* document, MapCanvas* canvas, LayersDock* layers,
                                             QUndoStack* undo, QMainWindow* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_layers(layers), m_window(window),
      m_dock(new AttributeTableDock(window)), m_overlay(new SelectionOverlay(canvas)), m_tool(new SelectFeatureTool(canvas)),
      m_polygonTool(new SelectPolygonTool(canvas)), m_open(new QAction(this)), m_select(new QAction(this)),
      m_selectPolygon(new QAction(this)), m_delete(new QAction(this)), m_undo(undo)
{
    setObjectName(QStringLiteral("AttributeTableFeature"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();  // until a table is asked for
    m_open->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_open, &QAction::triggered, this, &AttributeTableFeature::openCurrentLayer);
    // Delete acts in the table only, where the selection is seen.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dock->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &AttributeTableFeature::deleteSelection);
    connect(m_dock, &AttributeTableDock::selectionChanged, this, &AttributeTableFeature::updateDeleteAction);
    // An undo or redo may add or remove features: the table reads the layer again.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_dock->isVisible() && !m_dock->model()->path().isEmpty())
            m_dock->showLayer(m_dock->model()->path(), m_dock->model()->layerName(), m_dock->title());
    });
    // Each selection action puts its tool on the canvas while checked.
    const std::pair<QAction*, MapTool*> tools[] = {{m_select, m_tool}, {m_selectPolygon, m_polygonTool}};
    for (const auto& [action, tool] : tools) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, tool](bool on) {
            if (on) {
                if (m_dock->model()->path().isEmpty())
                    openCurrentLayer();  // selecting needs a table to select in
                m_canvas->setMapTool(tool);
            } else if (m_canvas->mapTool() == tool) {
                m_canvas->setMapTool(nullptr);
            }
        });
        connect(m_canvas, &MapCanvas::mapToolChanged, action, [action, tool](MapTool* now) {
            if (now != tool)
                action->setChecked(false);
        });
    }
    connect(m_polygonTool, &SketchTool::cancelled, m_selectPolygon, [this] { m_selectPolygon->setChecked(false); });
    connect(m_polygonTool, &SelectPolygonTool::picked, m_dock, &AttributeTableDock::selectFeatures);
    connect(m_tool, &SelectFeatureTool::picked, m_dock, &AttributeTableDock::selectFeatures);
    connect(m_dock, &AttributeTableDock::selectionChanged, m_overlay, &SelectionOverlay::setSelection);
    connect(m_dock, &AttributeTableDock::zoomToSelectionRequested, this, &AttributeTableFeature::zoomToSelection);
    // Another atlas: its layers are not this table's.
    connect(m_document, &DocumentController::documentReplaced, this, [this] {
        m_dock->clear();
        m_overlay->setSelection({}, {}, {});
        m_tool->setLayer({}, {});
        m_polygonTool->setLayer({}, {});
    });
    window->installEventFilter(this);
    retranslate();
}

void AttributeTableFeature::populate(QMenu* viewMenu, QAction* before)
{
    viewMenu->insertAction(before, m_open);
    viewMenu->insertAction(before, m_select);
    viewMenu->insertAction(before, m_selectPolygon);
    viewMenu->insertSeparator(before);
}

void AttributeTableFeature::updateDeleteAction()
{
    // The atlas's own tables, and GeoPackage or SpatiaLite layers edited in place.
    const bool editable = !m_dock->model()->path().isEmpty() &&
                          gis::LayerEditor(m_dock->model()->path(), m_dock->model()->layerName()).geometryKind().ok();
    m_delete->setEnabled(!m_dock->selectedFeatures().isEmpty() && editable);
}

void AttributeTableFeature::deleteSelection()
{
    updateDeleteAction();
    if (!m_delete->isEnabled())
        return;
    QList<qint64> ids = m_dock->selectedFeatures().values();
    std::sort(ids.begin(), ids.end());
    auto* command = new DeleteFeaturesCommand(m_dock->model()->path(), m_dock->model()->layerName(), ids);
    if (!command->error().isEmpty()) {
        QMessageBox::warning(m_window, tr("Features not deleted"), command->error());
        delete command;
        return;
    }
    m_undo->push(command);  // redo() deletes; the table reloads on the index change
    m_overlay->setSelection({}, {}, {});
    m_canvas->refresh();
    m_window->statusBar()->showMessage(tr("%n feature(s) deleted.", nullptr, int(ids.size())), 4000);
}

void AttributeTableFeature::openCurrentLayer()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || layer->kind != core::LayerKind::Vector) {
        m_window->statusBar()->showMessage(tr("Choose a vector layer in the Layers panel first."), 5000);
        return;
    }
    const QString path = m_document->dataPath(*layer);
    m_overlay->setSelection({}, {}, {});
    m_dock->showLayer(path, layer->sourceLayer, layer->name);
    m_tool->setLayer(path, layer->sourceLayer);
    m_polygonTool->setLayer(path, layer->sourceLayer);
    m_dock->show();
    m_dock->raise();
}

void AttributeTableFeature::zoomToSelection()
{
    if (m_overlay->extent().isNull())
        return;
    // A single point has no size: keep a neighbourhood of it in view.
    core::Extent e = m_overlay->extent();
    const double pad = std::max({e.xMax - e.xMin, e.yMax - e.yMin, m_canvas->mapSettings().unitsPerPixel() * 200}) * 0.1;
    m_canvas->setExtent({e.xMin - pad, e.yMin - pad, e.xMax + pad, e.yMax + pad});
}

bool AttributeTableFeature::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AttributeTableFeature::retranslate()
{
    m_open->setText(tr("&Attribute table"));
    m_open->setToolTip(tr("Open the table of the current layer's features"));
    m_select->setText(tr("&Select features"));
    m_select->setToolTip(tr("Click or drag on the map to select features of the table's layer; Shift adds"));
    m_selectPolygon->setText(tr("Select by &polygon"));
    m_selectPolygon->setToolTip(tr("Draw a polygon on the map to select the features of the table's layer it meets; Shift adds"));
    m_delete->setText(tr("Delete the selected features"));
}

QList<qint64> AttributeTableFeature::selectionOf(const QString& path, const QString& layerName) const
{
    if (m_dock->model()->path() != path || m_dock->model()->layerName() != layerName)
        return {};
    const QSet<qint64> ids = m_dock->selectedFeatures();
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<qint64> AttributeTableFeature::selectionOfCurrentLayer() const
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    return layer ? selectionOf(m_document->dataPath(*layer), layer->sourceLayer) : QList<qint64>();
}

}  // namespace atlas::ui
