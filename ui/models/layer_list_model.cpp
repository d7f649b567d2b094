#include "ui/models/layer_list_model.h"

#include "ui/document/document_controller.h"

#include <QIcon>
#include <QMimeData>

namespace atlas::ui {
namespace {
const QString kMimeType = QStringLiteral("application/x-atlas-layer-id");
}

LayerListModel::LayerListModel(DocumentController* controller, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(controller, &DocumentController::layersChanged, this, reset);
    connect(controller, &DocumentController::documentReplaced, this, reset);
}

int LayerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_controller->document().layers.size());
}

int LayerListModel::documentIndex(int row) const
{
    return rowCount() - 1 - row;  // the view lists the top (last drawn) layer first
}

QUuid LayerListModel::layerAt(int row) const
{
    const auto& layers = m_controller->document().layers;
    const int i = documentIndex(row);
    return (i >= 0 && i < layers.size()) ? layers[i].identity.uuid : QUuid();
}

int LayerListModel::rowOf(const QUuid& id) const
{
    const int i = m_controller->document().indexOfLayer(id);
    return i < 0 ? -1 : documentIndex(i);
}

QVariant LayerListModel::data(const QModelIndex& index, int role) const
{
    const auto& layers = m_controller->document().layers;
    const int i = documentIndex(index.row());
    if (!index.isValid() || i < 0 || i >= layers.size())
        return {};
    const core::LayerSpec& l = layers[i];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l.name;
    case Qt::CheckStateRole:
        return l.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (l.kind == core::LayerKind::Basemap)
            return l.basemap.type == core::BasemapType::MBTiles
                       ? tr("Basemap from the file %1").arg(l.sourcePath)
                       : tr("Basemap from the tile service %1 (fetched when shown, kept on disk)").arg(l.basemap.url);
        return l.isOwnedByAtlas() ? tr("Table “%1” stored in the atlas").arg(l.sourceLayer) : l.sourcePath;
    case Qt::DecorationRole:
        return QIcon(l.kind != core::LayerKind::Vector ? QStringLiteral(":/icons/layer-raster.svg")
                                                       : QStringLiteral(":/icons/layer-vector.svg"));
    case LayerIdRole:
        return l.identity.uuid;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole)
        return false;
    m_controller->setLayerVisible(layerAt(index.row()), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

Qt::DropActions LayerListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* LayerListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, layerAt(indexes.first().row()).toByteArray());
    return mime;
}

bool LayerListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                  const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    const QUuid id = QUuid::fromString(QString::fromLatin1(data->data(kMimeType)));
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    // Dropping below its own row: the row it leaves shifts the target up by one.
    if (rowOf(id) < target)
        --target;
    moveToRow(id, target);
    return false;  // the move is done; the view must not remove the source row itself
}

void LayerListModel::moveToRow(const QUuid& id, int row)
{
    row = std::clamp(row, 0, std::max(0, rowCount() - 1));
    m_controller->moveLayer(id, documentIndex(row));
}

}  // namespace atlas::ui
