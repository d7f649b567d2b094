#include "gis/store/layer_editor.h"

#include "gis/store/atlas_store.h"

namespace atlas::gis {
namespace {

std::variant<OwnedLayerEditor, OgrLayerEditor> editorFor(const QString& path, const QString& layer)
{
    if (isAtlasFile(path))
        return OwnedLayerEditor(path, layer);
    return OgrLayerEditor(path, layer);
}

}  // namespace

LayerEditor::LayerEditor(const QString& path, const QString& layer) : m_editor(editorFor(path, layer)) {}

}  // namespace atlas::gis
