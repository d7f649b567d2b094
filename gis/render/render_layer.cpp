#include "gis/render/render_layer.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"

namespace atlas::gis {

QList<RenderLayer> renderLayersOf(const core::AtlasDocument& doc, const QString& atlasPath,
                                  const QString& tileCacheDir)
{
    QList<RenderLayer> out;
    for (const core::LayerSpec& spec : doc.layers) {
        if (!spec.visible)
            continue;
        RenderLayer layer{spec.name, spec.isOwnedByAtlas() ? atlasPath : spec.sourcePath,
                          spec.sourceLayer, spec.kind, spec.style, {}};
        if (spec.kind == core::LayerKind::Basemap) {
            layer.attribution = spec.basemap.attribution;
            if (spec.basemap.type != core::BasemapType::MBTiles)
                layer.path = tileServiceDataset(spec.basemap, tileCacheDir);
        }
        out << layer;
    }
    return out;
}

core::Extent extentOfLayers(const QList<RenderLayer>& layers, const QString& crs)
{
    core::Extent total = core::Extent::null();
    for (const RenderLayer& layer : layers) {
        if (layer.kind == core::LayerKind::Basemap)
            continue;
        auto source = openLayerSource(layer.path, layer.layerName, layer.kind);
        if (!source)
            continue;
        const QString from = source.value()->crs().isEmpty() ? crs : source.value()->crs();
        const CrsTransform t(from, crs);
        if (t.isValid())
            total = total.united(t.transformExtent(source.value()->extent()));
    }
    return total;
}

}  // namespace atlas::gis
