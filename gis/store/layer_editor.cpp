#include "gis/store/layer_editor.h"

#include "gis/store/atlas_schema.h"
#include "gis/store/sqlite_database.h"

namespace atlas::gis {
namespace {

bool isAtlasFile(const QString& path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    return db && atlasSchemaVersion(*db.value()) > 0;
}

std::variant<OwnedLayerEditor, OgrLayerEditor> editorFor(const QString& path, const QString& layer)
{
    if (isAtlasFile(path))
        return OwnedLayerEditor(path, layer);
    return OgrLayerEditor(path, layer);
}

}  // namespace

LayerEditor::LayerEditor(const QString& path, const QString& layer) : m_editor(editorFor(path, layer)) {}

}  // namespace atlas::gis
