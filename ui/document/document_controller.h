#pragma once
// Owns the open atlas: its document, file, unsaved state; every edit of the layer
// list goes through here so that views and the canvas hear about it.

#include "core/model/atlas_document.h"
#include "core/model/result.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace atlas::ui {

class DocumentController : public QObject {
    Q_OBJECT
public:
    explicit DocumentController(QObject* parent = nullptr);
    ~DocumentController() override;

    const core::AtlasDocument& document() const { return m_doc; }
    // The file the data lives in now (a scratch file for an untitled atlas).
    const QString& workingPath() const { return m_workingPath; }
    // The file holding `layer`'s data: the atlas for its own tables, else the layer's file.
    QString dataPath(const core::LayerSpec& layer) const
    {
        return layer.isOwnedByAtlas() ? m_workingPath : layer.sourcePath;
    }
    // The user's file; empty while the atlas is untitled.
    const QString& filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    bool isModified() const { return m_modified; }

    core::Status newAtlas(const QString& crs);
    core::Status open(const QString& path);
    core::Status save();  // requires a file path
    core::Status saveAs(const QString& path);

    // Adds every drawable layer of a file; returns how many were added.
    core::Result<int> addLayersFromFile(const QString& path);
    // Adds a basemap under the data layers; returns its index.
    int addBasemap(const core::LayerSpec& basemap);
    // Adds layers made elsewhere (tables just created or imported into the atlas).
    void addLayers(const QList<core::LayerSpec>& layers);
    void removeLayer(const QUuid& id);
    void moveLayer(const QUuid& id, int toIndex);
    void setLayerVisible(const QUuid& id, bool visible);
    void setLayerStyle(const QUuid& id, const core::LayerStyle& style);
    void setCrs(const QString& crs);
    void setInitialView(const core::Extent& extent);

signals:
    void documentReplaced();              // a new or opened atlas: everything changed
    void layersChanged();                 // list, order, visibility or style changed
    void crsChanged(const QString& crs);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // Save As copied the atlas from `from` to `to`; `from` may be deleted right after
    // (an untitled atlas's scratch file), so files kept beside it must be taken now.
    void copiedTo(const QString& from, const QString& to);

private:
    void markModified();
    void setModified(bool modified);

    core::AtlasDocument m_doc;
    QString m_workingPath;
    QString m_filePath;
    bool m_modified = false;
    std::unique_ptr<QTemporaryDir> m_scratch;  // holds the untitled atlas
};

}  // namespace atlas::ui
