#include "ui/window/clipboard_actions.h"

#include "gis/store/layer_editor.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/add_feature_command.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/editing_actions.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace atlas::ui {

ClipboardActions::ClipboardActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers,
                                   QUndoStack* undo, EditingActions* editing, AttributeTableFeature* table,
                                   QMainWindow* window)
    : QObject(window), m_document(document), m_canvas(canvas), m_layers(layers), m_undo(undo), m_editing(editing),
      m_table(table), m_window(window), m_copy(new QAction(this)), m_paste(new QAction(this))
{
    setObjectName(QStringLiteral("ClipboardActions"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_copy, &QAction::triggered, this, &ClipboardActions::copy);
    connect(m_paste, &QAction::triggered, this, &ClipboardActions::paste);
    connect(m_editing, &EditingActions::availabilityChanged, this, &ClipboardActions::updateAvailability);
    connect(m_table->dock(), &AttributeTableDock::selectionChanged, this, &ClipboardActions::updateAvailability);
    window->installEventFilter(this);
    retranslate();
}

void ClipboardActions::populate()
{
    m_editing->menu()->addSeparator();
    m_editing->menu()->addAction(m_copy);
    m_editing->menu()->addAction(m_paste);
}

void ClipboardActions::copy()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer)
        return;
    const QString path = m_document->dataPath(*layer);
    auto copied = gis::copyFeatures(path, layer->sourceLayer, m_table->selectionOf(path, layer->sourceLayer));
    if (!copied) {
        QMessageBox::warning(m_window, tr("Features not copied"), copied.error().message());
        return;
    }
    m_copied = copied.value();
    m_window->statusBar()->showMessage(tr("%n feature(s) copied from %1", nullptr, copiedCount()).arg(layer->name), 5000);
    updateAvailability();
}

void ClipboardActions::paste()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || m_copied.features.isEmpty())
        return;
    const gis::LayerEditor target(m_document->dataPath(*layer), layer->sourceLayer);
    auto fitted = gis::fitFeatures(m_copied, target);
    if (!fitted) {
        QMessageBox::warning(m_window, tr("Features not pasted"), fitted.error().message());
        return;
    }
    // One undo step; if one feature is refused, the ones before it are taken back.
    auto* paste = new QUndoCommand(tr("Paste %n feature(s) into %1", nullptr, int(fitted.value().size())).arg(layer->name));
    QList<std::shared_ptr<AddFeatureCommand::Outcome>> outcomes;
    for (const gis::FeatureRecord& feature : fitted.value()) {
        outcomes << std::make_shared<AddFeatureCommand::Outcome>();
        new AddFeatureCommand(m_document->dataPath(*layer), layer->sourceLayer, feature, outcomes.last(), paste);
    }
    m_undo->push(paste);
    for (const auto& outcome : outcomes)
        if (!outcome->error.isEmpty()) {
            m_undo->undo();
            QMessageBox::warning(m_window, tr("Features not pasted"), outcome->error);
            return;
        }
    m_canvas->refresh();
    m_window->statusBar()->showMessage(tr("%n feature(s) pasted into %1", nullptr, int(outcomes.size())).arg(layer->name), 5000);
    emit pasted(int(outcomes.size()));
}

void ClipboardActions::updateAvailability()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    const QString path = layer ? m_document->dataPath(*layer) : QString();
    m_copy->setEnabled(layer && layer->kind == core::LayerKind::Vector && !m_table->selectionOf(path, layer->sourceLayer).isEmpty());
    m_copy->setToolTip(m_copy->isEnabled() ? QString() : tr("Select features in the attribute table or on the map first."));
    const QString reason = m_editing->unavailableReason();
    m_paste->setEnabled(!m_copied.features.isEmpty() && reason.isEmpty());
    m_paste->setToolTip(m_copied.features.isEmpty() ? tr("Copy features first.") : reason);
}

bool ClipboardActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClipboardActions::retranslate()
{
    m_copy->setText(tr("&Copy features"));
    m_paste->setText(tr("&Paste features"));
    updateAvailability();
}

}  // namespace atlas::ui
