#pragma once
// Edits the features of one layer wherever it lives: a table the atlas owns (OwnedLayerEditor,
// SQL on the atlas file) or a layer of a GeoPackage or SpatiaLite file edited in place
// (OgrLayerEditor, through GDAL). Which one is decided by the file: an atlas or not.

#include "gis/store/ogr_layer_editor.h"
#include "gis/store/owned_layer_editor.h"

#include <variant>

namespace atlas::gis {

class LayerEditor {
    std::variant<OwnedLayerEditor, OgrLayerEditor> m_editor;
    template <typename F>
    auto call(F&& f) const
    {
        return std::visit(std::forward<F>(f), m_editor);
    }

public:
    // `path`: the atlas (then `layer` is its table) or the layer's own file.
    LayerEditor(const QString& path, const QString& layer);

    // Attribute fields, without the key and the geometry column.
    core::Result<QList<EditableField>> fields() const { return call([](auto& e) { return e.fields(); }); }
    // "EPSG:n" (or WKT) of the layer.
    core::Result<QString> crs() const { return call([](auto& e) { return e.crs(); }); }
    // Points, lines or polygons; a layer of mixed geometries is refused with the reason.
    core::Result<EditableGeometry> geometryKind() const { return call([](auto& e) { return e.geometryKind(); }); }
    // Whether the layer holds multi-parts (MULTIPOLYGON…) rather than single ones.
    core::Result<bool> holdsMultiParts() const { return call([](auto& e) { return e.holdsMultiParts(); }); }
    // Adds a feature; with fid > 0 it takes that id (redo after undo). An invalid geometry
    // is refused with GEOS's reason and location, unless `repair` (MakeValid).
    core::Result<qint64> insert(const FeatureRecord& feature, bool repair = false) const
    {
        return call([&](auto& e) { return e.insert(feature, repair); });
    }
    core::Result<FeatureRecord> read(qint64 fid) const { return call([&](auto& e) { return e.read(fid); }); }
    // Gives feature `fid` a new geometry, checked like an added one.
    core::Status replaceGeometry(qint64 fid, const QByteArray& wkb, bool repair = false) const
    {
        return call([&](auto& e) { return e.replaceGeometry(fid, wkb, repair); });
    }
    core::Status remove(qint64 fid) const { return call([&](auto& e) { return e.remove(fid); }); }
    core::Result<qint64> count() const { return call([](auto& e) { return e.count(); }); }
};

}  // namespace atlas::gis
