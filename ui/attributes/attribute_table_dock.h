#pragma once
// The attribute table of one layer: sortable columns, a filter over every field, a count,
// and a selection that the map highlights (and that map clicks can make).

#include <QDockWidget>
#include <QSet>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace atlas::ui {

class FeatureTableModel;

class AttributeTableDock : public QDockWidget {
    Q_OBJECT
public:
    explicit AttributeTableDock(QWidget* parent = nullptr);

    // Reads the layer named `title` (`layerName` in `path`) into the table.
    void showLayer(const QString& path, const QString& layerName, const QString& title);
    void clear();
    FeatureTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
    QSet<qint64> selectedFeatures() const;
    const QString& title() const { return m_title; }
    // Selects the rows of features `ids` (adding to the selection when `add`).
    void selectFeatures(const QList<qint64>& ids, bool add);

signals:
    void selectionChanged(const QString& path, const QString& layerName, const QSet<qint64>& ids);
    void zoomToSelectionRequested();
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    FeatureTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QToolButton* m_zoom;
    QToolButton* m_clear;
    QString m_title;
    QString m_error;
};

}  // namespace atlas::ui
