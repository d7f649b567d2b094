#include "ui/attributes/feature_table_model.h"

#include "gis/datasource/layer_source.h"

#include <QColor>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

FeatureTableModel::FeatureTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Table>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return;  // another layer was asked for meanwhile
        Table table = m_watcher.result();
        if (!table.error.isEmpty()) {
            emit failed(table.error);
            return;
        }
        beginResetModel();
        m_fields = std::move(table.fields);
        m_ids = std::move(table.ids);
        m_rows = std::move(table.rows);
        m_total = table.total;
        m_rowOfId.clear();
        m_rowOfId.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowOfId.insert(m_ids[row], row);
        endResetModel();
        emit loaded();
    });
}

FeatureTableModel::~FeatureTableModel()
{
    m_watcher.waitForFinished();  // the worker writes into its own result only
}

FeatureTableModel::Table FeatureTableModel::read(const QString& path, const QString& layerName)
{
    Table table;
    auto source = gis::openLayerSource(path, layerName, core::LayerKind::Vector);
    if (!source) {
        table.error = source.error().message();
        return table;
    }
    gis::FeatureRequest request;
    for (const gis::FieldInfo& field : source.value()->fields())
        request.fields << field.name;
    request.limit = kMaxRows;
    auto features = source.value()->features(request);
    if (!features) {
        table.error = tr("The layer's features cannot be read.");
        return table;
    }
    table.fields = request.fields;
    table.total = source.value()->featureCount();
    gis::Feature feature;
    while (features->next(feature)) {
        table.ids << feature.id;
        table.rows << feature.attributes;
    }
    if (table.total < table.ids.size())
        table.total = table.ids.size();
    return table;
}

void FeatureTableModel::load(const QString& path, const QString& layerName)
{
    clear();
    m_path = path;
    m_layer = layerName;
    ++m_generation;
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run(&FeatureTableModel::read, path, layerName));
}

void FeatureTableModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_ids.clear();
    m_rows.clear();
    m_rowOfId.clear();
    m_total = -1;
    endResetModel();
}

int FeatureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeatureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant FeatureTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariant value = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value.isNull() ? QVariant(QStringLiteral("NULL")) : value;
    case Qt::EditRole:  // what sorting compares: numbers as numbers
        return value;
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::QString || value.isNull() ? QVariant()
                                                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_fields.value(section);
    return featureId(section);
}

}  // namespace atlas::ui
