#pragma once
// The attributes of one vector layer as a table (one row per feature, one column per
// field), read in a worker so a big layer never freezes the window. Rows keep the
// feature id, for selecting features on the map and back.

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QStringList>
#include <QVariantList>

namespace atlas::ui {

class FeatureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Beyond this many features the table shows the first ones and says so.
    static constexpr qint64 kMaxRows = 200000;

    explicit FeatureTableModel(QObject* parent = nullptr);
    ~FeatureTableModel() override;

    // Starts reading `layerName` of `path`; `loaded` follows (or `failed`).
    void load(const QString& path, const QString& layerName);
    void clear();
    bool isLoading() const { return m_watcher.isRunning(); }
    // Features in the layer (may exceed rowCount() when capped); -1 unknown.
    qint64 totalFeatures() const { return m_total; }
    const QString& path() const { return m_path; }
    const QString& layerName() const { return m_layer; }

    qint64 featureId(int row) const { return m_ids.value(row, -1); }
    int rowOfFeature(qint64 id) const { return m_rowOfId.value(id, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void failed(const QString& message);

private:
    struct Table {
        QStringList fields;
        QList<qint64> ids;
        QList<QVariantList> rows;
        qint64 total = -1;
        QString error;
    };
    static Table read(const QString& path, const QString& layerName);

    QString m_path, m_layer;
    QStringList m_fields;
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
    QHash<qint64, int> m_rowOfId;
    qint64 m_total = -1;
    QFutureWatcher<Table> m_watcher;
    int m_generation = 0;  // a newer load makes older results stale
};

}  // namespace atlas::ui
