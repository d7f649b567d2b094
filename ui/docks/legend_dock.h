#pragma once
// The legend panel: each visible layer with its symbol, and a row per category or class.

#include "gis/print/map_decorations.h"

#include <QDockWidget>

class QMainWindow;
class QTreeWidget;

namespace atlas::ui {

class DocumentController;

class LegendDock : public QDockWidget {
    Q_OBJECT
public:
    // Adds itself under the layers panel of `window` (right dock area without one).
    LegendDock(DocumentController* document, QMainWindow* window);

    QTreeWidget* tree() const { return m_tree; }

signals:
    void legendUpdated();  // the tree shows the current layers and styles

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showEntries(const QList<gis::LegendEntry>& entries);

    DocumentController* m_document;
    QTreeWidget* m_tree;
    QList<gis::LegendEntry> m_entries;
    int m_generation = 0;  // a newer refresh makes older results stale
};

}  // namespace atlas::ui
