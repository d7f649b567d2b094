#include "ui/attributes/attribute_table_dock.h"

#include "ui/attributes/feature_table_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas::ui {

AttributeTableDock::AttributeTableDock(QWidget* parent)
    : QDockWidget(parent), m_model(new FeatureTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView), m_filter(new QLineEdit), m_count(new QLabel), m_zoom(new QToolButton),
      m_clear(new QToolButton)
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);  // every field
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);  // numbers sort as numbers
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // the layer's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_zoom->setIcon(QIcon(QStringLiteral(":/icons/zoom-layer.svg")));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_zoom);
    bar->addWidget(m_clear);
    auto* layout = new QVBoxLayout;
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    auto* body = new QWidget;
    body->setLayout(layout);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCount();
        emit selectionChanged(m_model->path(), m_model->layerName(), selectedFeatures());
    });
    connect(m_model, &FeatureTableModel::loaded, this, [this] {
        m_error.clear();
        m_view->resizeColumnsToContents();
        updateCount();
        emit loaded();
    });
    connect(m_model, &FeatureTableModel::failed, this, [this](const QString& message) {
        m_error = message;
        updateCount();
    });
    connect(m_zoom, &QToolButton::clicked, this, &AttributeTableDock::zoomToSelectionRequested);
    connect(m_clear, &QToolButton::clicked, m_view, &QTableView::clearSelection);
    retranslate();
}

void AttributeTableDock::showLayer(const QString& path, const QString& layerName, const QString& title)
{
    m_title = title;
    m_error.clear();
    m_model->load(path, layerName);
    retranslate();
    updateCount();
}

void AttributeTableDock::clear()
{
    m_title.clear();
    m_model->clear();
    retranslate();
    updateCount();
}

QSet<qint64> AttributeTableDock::selectedFeatures() const
{
    QSet<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.insert(m_model->featureId(m_proxy->mapToSource(index).row()));
    return ids;
}

void AttributeTableDock::selectFeatures(const QList<qint64>& ids, bool add)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfFeature(id), 0));
        if (!index.isValid())
            continue;  // not loaded, or hidden by the filter
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    const auto flags = (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) | QItemSelectionModel::Rows;
    m_view->selectionModel()->select(selection, flags);
    if (first.isValid())
        m_view->scrollTo(first);
}

void AttributeTableDock::updateCount()
{
    if (!m_error.isEmpty()) {
        m_count->setText(m_error);
        return;
    }
    if (m_model->isLoading()) {
        m_count->setText(tr("Reading the features…"));
        return;
    }
    QString text = tr("%n feature(s)", nullptr, m_proxy->rowCount());
    if (m_model->totalFeatures() > m_model->rowCount())
        text = tr("%1 (the first %2 of %3 read)").arg(text).arg(m_model->rowCount()).arg(m_model->totalFeatures());
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_count->setText(text);
    m_zoom->setEnabled(selected > 0);
    m_clear->setEnabled(selected > 0);
}

void AttributeTableDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AttributeTableDock::retranslate()
{
    setWindowTitle(m_title.isEmpty() ? tr("Attribute table") : tr("Attributes of “%1”").arg(m_title));
    m_filter->setPlaceholderText(tr("Filter: text in any field…"));
    m_zoom->setToolTip(tr("Zoom to the selected features"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the selection"));
    updateCount();
}

}  // namespace atlas::ui
