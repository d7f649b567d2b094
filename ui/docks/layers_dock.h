#pragma once
// The layers dock: list with visibility boxes, drag to reorder, and the layer actions.

#include <QDockWidget>
#include <QUuid>

class QListView;
class QToolButton;

namespace atlas::ui {

class DocumentController;
class LayerListModel;

class LayersDock : public QDockWidget {
    Q_OBJECT
public:
    LayersDock(DocumentController* controller, QWidget* parent = nullptr);

    QUuid currentLayer() const;
    void selectLayer(const QUuid& id);
    QListView* view() const { return m_view; }
    LayerListModel* model() const { return m_model; }

signals:
    void addLayerRequested();
    void zoomToLayerRequested(const QUuid& id);
    void styleRequested(const QUuid& id);
    // The layer the user works on changed (null: none).
    void currentLayerChanged(const QUuid& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void moveCurrent(int step);

    DocumentController* m_controller;
    LayerListModel* m_model;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_zoom;
    QToolButton* m_style;
};

}  // namespace atlas::ui
