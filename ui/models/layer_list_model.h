#pragma once
// The atlas layers for a view: top layer first, checkable for visibility,
// reorderable by drag and drop. Edits go to the DocumentController.

#include <QAbstractListModel>
#include <QUuid>

namespace atlas::ui {

class DocumentController;

class LayerListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LayerIdRole = Qt::UserRole + 1 };

    explicit LayerListModel(DocumentController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QUuid layerAt(int row) const;
    int rowOf(const QUuid& id) const;
    // Moves a layer to a view row (0 = top).
    void moveToRow(const QUuid& id, int row);

private:
    int documentIndex(int row) const;
    DocumentController* m_controller;
};

}  // namespace atlas::ui
