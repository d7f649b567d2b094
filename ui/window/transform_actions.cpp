#include "ui/window/transform_actions.h"

#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/attributes/selection_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/canvas/snapper.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/tools/transform_features_tool.h"
#include "ui/tools/vertex_tool.h"
#include "ui/window/editing_actions.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace atlas::ui {

TransformActions::TransformActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers,
                                   QUndoStack* undo, EditingActions* editing, AttributeTableFeature* table,
                                   QMainWindow* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_layers(layers), m_undo(undo), m_editing(editing),
      m_table(table), m_window(window), m_move(new QAction(this)), m_rotate(new QAction(this)),
      m_vertices(new QAction(this)), m_snap(new QAction(this)), m_snapper(new Snapper(canvas)),
      m_tools(new ToolActionGroup(canvas, window->statusBar(), [this](QAction* a) { return start(a); }, this))
{
    setObjectName(QStringLiteral("TransformActions"));
    canvas->setSnapper(m_snapper);
    m_snap->setCheckable(true);
    m_snap->setChecked(true);
    connect(m_snap, &QAction::toggled, m_snapper, &Snapper::setEnabled);
    connect(m_document, &DocumentController::layersChanged, this, &TransformActions::updateSnapSources);
    connect(m_document, &DocumentController::documentReplaced, this, &TransformActions::updateSnapSources);
    for (QAction* action : {m_move, m_rotate, m_vertices})
        m_tools->add(action);
    connect(m_editing, &EditingActions::availabilityChanged, this, &TransformActions::updateAvailability);
    connect(m_table->dock(), &AttributeTableDock::selectionChanged, this,
            [this] {
                if (auto* transform = qobject_cast<TransformFeaturesTool*>(m_tools->tool()))
                    transform->setSelection(m_table->selectionOfCurrentLayer());
            });
    window->installEventFilter(this);
    retranslate();
}

void TransformActions::populate()
{
    m_editing->menu()->addSeparator();
    m_editing->menu()->addAction(m_move);
    m_editing->menu()->addAction(m_rotate);
    m_editing->menu()->addAction(m_vertices);
    m_editing->menu()->addAction(m_snap);
}

void TransformActions::updateSnapSources()
{
    QList<gis::SnapSource> sources;
    for (const core::LayerSpec& layer : m_document->document().layers)
        if (layer.visible && layer.kind == core::LayerKind::Vector)
            sources << gis::SnapSource{m_document->dataPath(layer), layer.sourceLayer};
    m_snapper->setSources(sources);
}

void TransformActions::updateAvailability()
{
    const QString reason = m_editing->unavailableReason();
    for (QAction* action : {m_move, m_rotate, m_vertices}) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? action->text().remove(QLatin1Char('&')) : reason);
    }
    if (!reason.isEmpty())
        m_tools->stop();
}

ToolActionGroup::Started TransformActions::start(QAction* action)
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || !m_editing->unavailableReason().isEmpty())
        return {};
    const auto failed = [this](const QString& message) {
        QMessageBox::warning(m_window, tr("Features not changed"), message);
    };
    const auto done = [this, path = m_document->dataPath(*layer), table = layer->sourceLayer] {
        // The highlight follows the features to their new place.
        if (const QList<qint64> selected = m_table->selectionOf(path, table); !selected.isEmpty())
            m_table->overlay()->setSelection(path, table, QSet<qint64>(selected.cbegin(), selected.cend()));
        m_window->statusBar()->showMessage(tr("Done. Undo with %1.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)), 4000);
    };
    if (action == m_vertices) {
        auto* tool = new VertexTool(m_canvas, m_undo, m_document->dataPath(*layer), layer->sourceLayer);
        connect(tool, &VertexTool::failed, this, failed);
        connect(tool, &VertexTool::changed, this, done);
        return {tool, tr("Click a feature, then drag its vertices; double-click an edge to add one, right-click or Delete removes one.")};
    }
    const auto mode = action == m_move ? TransformFeaturesTool::Mode::Move : TransformFeaturesTool::Mode::Rotate;
    auto* tool = new TransformFeaturesTool(m_canvas, m_undo, m_document->dataPath(*layer), layer->sourceLayer, mode);
    tool->setSelection(m_table->selectionOfCurrentLayer());
    connect(tool, &TransformFeaturesTool::failed, this, failed);
    connect(tool, &TransformFeaturesTool::transformed, this, done);
    return {tool, mode == TransformFeaturesTool::Mode::Move
                      ? tr("Drag the selected features, or the one under the cursor, to move them; Esc drops the drag.")
                      : tr("Drag around the features' centre to turn them; Esc drops the drag.")};
}

bool TransformActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TransformActions::retranslate()
{
    m_move->setText(tr("&Move features"));
    m_rotate->setText(tr("R&otate features"));
    m_vertices->setText(tr("Edit &vertices"));
    m_snap->setText(tr("&Snap to layers"));
    m_snap->setToolTip(tr("Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixel(s)",
                          nullptr, int(m_snapper->tolerancePixels())));
    updateAvailability();
}

}  // namespace atlas::ui
