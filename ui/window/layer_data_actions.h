#pragma once
// File › New layer, Import into atlas and Export layer: layers the atlas owns are created
// from a schema or copied in from any GDAL vector file, and any vector layer (or its
// selection) is written out in another format. Imports and exports run off the UI thread
// with progress and cancel, and leave nothing half-written.

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace atlas::ui {

class AttributeTableFeature;
class DocumentController;
class LayersDock;

class LayerDataActions : public QObject {
    Q_OBJECT
public:
    LayerDataActions(DocumentController* document, LayersDock* layers, AttributeTableFeature* table,
                     QMainWindow* window);
    // Adds the actions to `fileMenu` after `after`.
    void populate(QMenu* fileMenu, QAction* after);

    QAction* newLayerAction() const { return m_newLayer; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    // The steps after the file dialogs (tests call them with a file).
    void importFile(const QString& path);
    void exportCurrentLayer(const QString& suggestedPath = {});

signals:
    // An import or export ended; `message` says what happened, in words for the user.
    void finished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void newLayer();
    void chooseImport();
    void report(bool ok, const QString& message);
    void updateExport();
    void retranslate();

    DocumentController* m_document;
    LayersDock* m_layers;
    AttributeTableFeature* m_table;
    QMainWindow* m_window;
    QAction* m_newLayer;
    QAction* m_import;
    QAction* m_export;
};

}  // namespace atlas::ui
