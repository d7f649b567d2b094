#include "ui/docks/layers_dock.h"

#include "ui/document/document_controller.h"
#include "ui/models/layer_list_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas::ui {
namespace {

QToolButton* toolButton(const QString& icon, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setAutoRaise(true);
    b->setIconSize(QSize(20, 20));
    return b;
}

}  // namespace

LayersDock::LayersDock(DocumentController* controller, QWidget* parent)
    : QDockWidget(parent), m_controller(controller), m_model(new LayerListModel(controller, this))
{
    setObjectName(QStringLiteral("LayersDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* buttons = new QHBoxLayout;
    m_add = toolButton(QStringLiteral(":/icons/add-layer.svg"), body);
    m_remove = toolButton(QStringLiteral(":/icons/remove-layer.svg"), body);
    m_up = toolButton(QStringLiteral(":/icons/move-up.svg"), body);
    m_down = toolButton(QStringLiteral(":/icons/move-down.svg"), body);
    m_zoom = toolButton(QStringLiteral(":/icons/zoom-layer.svg"), body);
    m_style = toolButton(QStringLiteral(":/icons/style.svg"), body);
    for (QToolButton* b : {m_add, m_remove, m_up, m_down, m_zoom, m_style})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_view = new QListView(body);
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(18, 18));
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_add, &QToolButton::clicked, this, &LayersDock::addLayerRequested);
    connect(m_remove, &QToolButton::clicked, this, [this] { m_controller->removeLayer(currentLayer()); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_zoom, &QToolButton::clicked, this, [this] { emit zoomToLayerRequested(currentLayer()); });
    connect(m_style, &QToolButton::clicked, this, [this] { emit styleRequested(currentLayer()); });
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { emit styleRequested(m_model->layerAt(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayersDock::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentLayerChanged(currentLayer()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayersDock::updateButtons);

    retranslate();
    updateButtons();
}

QUuid LayersDock::currentLayer() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->layerAt(index.row()) : QUuid();
}

void LayersDock::selectLayer(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    m_view->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    updateButtons();
}

void LayersDock::moveCurrent(int step)
{
    const QUuid id = currentLayer();
    if (id.isNull())
        return;
    m_model->moveToRow(id, m_model->rowOf(id) + step);
    selectLayer(id);
}

void LayersDock::updateButtons()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const bool has = row >= 0;
    m_remove->setEnabled(has);
    m_zoom->setEnabled(has);
    m_style->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row < m_model->rowCount() - 1);
}

void LayersDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void LayersDock::retranslate()
{
    setWindowTitle(tr("Layers"));
    m_add->setToolTip(tr("Add a layer from a file…"));
    m_remove->setToolTip(tr("Remove the selected layer"));
    m_up->setToolTip(tr("Move the layer up"));
    m_down->setToolTip(tr("Move the layer down"));
    m_zoom->setToolTip(tr("Zoom to the layer"));
    m_style->setToolTip(tr("Edit the layer style…"));
}

}  // namespace atlas::ui
