#include "ui/window/split_merge_actions.h"

#include "gis/geometry/geometry_merge.h"
#include "gis/store/layer_editor.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/attributes/selection_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/split_merge_commands.h"
#include "ui/dialogs/merge_features_dialog.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/tools/add_ring_tool.h"
#include "ui/tools/split_features_tool.h"
#include "ui/window/editing_actions.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace atlas::ui {

SplitMergeActions::SplitMergeActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers,
                                     QUndoStack* undo, EditingActions* editing, AttributeTableFeature* table,
                                     QMainWindow* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_layers(layers), m_undo(undo), m_editing(editing),
      m_table(table), m_window(window), m_addRing(new QAction(this)), m_split(new QAction(this)),
      m_merge(new QAction(this)),
      m_tools(new ToolActionGroup(canvas, window->statusBar(), [this](QAction* a) { return start(a); }, this))
{
    setObjectName(QStringLiteral("SplitMergeActions"));
    m_tools->add(m_addRing);
    m_tools->add(m_split);
    connect(m_merge, &QAction::triggered, this, &SplitMergeActions::mergeSelection);
    connect(m_editing, &EditingActions::availabilityChanged, this, &SplitMergeActions::updateAvailability);
    connect(m_table->dock(), &AttributeTableDock::selectionChanged, this, [this] {
        updateAvailability();
        if (auto* tool = qobject_cast<FeatureEditSketchTool*>(m_tools->tool()))
            tool->setSelection(m_table->selectionOfCurrentLayer());
    });
    window->installEventFilter(this);
    retranslate();
}

void SplitMergeActions::populate()
{
    m_editing->menu()->addSeparator();
    m_editing->menu()->addAction(m_addRing);
    m_editing->menu()->addAction(m_split);
    m_editing->menu()->addAction(m_merge);
}

void SplitMergeActions::updateAvailability()
{
    const QString reason = m_editing->unavailableReason();
    const int geometry = m_editing->currentGeometry();
    const bool polygons = geometry == int(gis::EditableGeometry::Polygon);
    const bool splittable = polygons || geometry == int(gis::EditableGeometry::Line);
    m_addRing->setEnabled(reason.isEmpty() && polygons);
    m_addRing->setToolTip(!reason.isEmpty() ? reason
                          : polygons       ? tr("Draw a ring inside a polygon to cut a hole in it")
                                           : tr("Only polygons take rings."));
    m_split->setEnabled(reason.isEmpty() && splittable);
    m_split->setToolTip(!reason.isEmpty() ? reason
                        : splittable     ? tr("Draw a line across the selected lines or polygons (or any it crosses) to split them")
                                         : tr("Only lines and polygons can be split."));
    m_merge->setEnabled(reason.isEmpty() && m_table->selectionOfCurrentLayer().size() >= 2);
    m_merge->setToolTip(!reason.isEmpty() ? reason : tr("Select two features or more of the current layer in its table or on the map"));
    if (!m_addRing->isEnabled() && !m_split->isEnabled())
        m_tools->stop();
}

ToolActionGroup::Started SplitMergeActions::start(QAction* action)
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || !action->isEnabled())
        return {};
    FeatureEditSketchTool* tool = nullptr;
    QString hint;
    if (action == m_addRing) {
        tool = new AddRingTool(m_canvas, m_undo, m_document->dataPath(*layer), layer->sourceLayer);
        hint = tr("Click the ring's vertices inside the polygon; double-click or Enter cuts the hole, Esc starts over.");
    } else {
        tool = new SplitFeaturesTool(m_canvas, m_undo, m_document->dataPath(*layer), layer->sourceLayer);
        hint = tr("Click the split line's vertices right across the features; double-click or Enter splits, Esc starts over.");
    }
    tool->setSelection(m_table->selectionOfCurrentLayer());
    connect(tool, &FeatureEditSketchTool::failed, this, [this, action](const QString& message) {
        QMessageBox::warning(m_window, action == m_addRing ? tr("No hole cut") : tr("Nothing split"), message);
    });
    connect(tool, &FeatureEditSketchTool::edited, this, &SplitMergeActions::edited);
    connect(tool, &SketchTool::cancelled, action, [action] { action->setChecked(false); });
    return {tool, hint};
}

void SplitMergeActions::edited(const QList<qint64>& ids)
{
    // The features as they are now are highlighted (the table reads the layer again).
    if (const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer()))
        m_table->overlay()->setSelection(m_document->dataPath(*layer), layer->sourceLayer, QSet<qint64>(ids.cbegin(), ids.cend()));
    m_canvas->refresh();
    m_window->statusBar()->showMessage(
        tr("Done. Undo with %1.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)), 4000);
}

void SplitMergeActions::mergeSelection()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    const QList<qint64> ids = m_table->selectionOfCurrentLayer();
    if (!layer || ids.size() < 2 || !m_editing->unavailableReason().isEmpty())
        return;
    const QString atlas = m_document->dataPath(*layer);
    const gis::LayerEditor editor(atlas, layer->sourceLayer);
    QList<gis::FeatureRecord> features;
    QList<QByteArray> shapes;
    for (qint64 id : ids) {
        auto feature = editor.read(id);
        if (!feature) {
            QMessageBox::warning(m_window, tr("Features not merged"), feature.error().message());
            return;
        }
        features << feature.value();
        shapes << feature.value().wkb;
    }
    auto multi = editor.holdsMultiParts();
    auto merged = multi ? gis::mergeGeometries(shapes, multi.value()) : core::Result<QByteArray>(multi.error());
    if (!merged) {
        QMessageBox::warning(m_window, tr("Features not merged"), merged.error().message());
        return;
    }
    MergeFeaturesDialog dialog(features, layer->name, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto error = std::make_shared<QString>();
    CompoundEditCommand* command =
        mergeFeaturesCommand(atlas, layer->sourceLayer, ids, merged.value(), features[dialog.chosen()].attributes, error);
    if (command)
        m_undo->push(command);  // redo() writes it
    if (!error->isEmpty()) {
        QMessageBox::warning(m_window, tr("Features not merged"), *error);
        return;
    }
    edited({ids.first()});
}

bool SplitMergeActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SplitMergeActions::retranslate()
{
    m_addRing->setText(tr("Add r&ing"));
    m_split->setText(tr("S&plit features"));
    m_merge->setText(tr("Mer&ge selected features"));
    updateAvailability();
}

}  // namespace atlas::ui
