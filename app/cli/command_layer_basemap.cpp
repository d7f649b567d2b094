// atlas-cli layer add-basemap: a tile basemap (preset, XYZ URL template, WMTS layer or MBTiles file)
// under the layers of an atlas.

#include "cli_support.h"
#include "gis/store/atlas_store.h"
#include "gis/tiles/basemap_layers.h"
#include "gis/tiles/basemap_presets.h"
#include "gis/tiles/tile_service_dataset.h"

namespace atlas::cli {

int runLayerAddBasemap(const QStringList& args)
{
    QStringList presets;
    for (const gis::BasemapPreset& p : gis::basemapPresets())
        presets << p.id;
    QCommandLineParser p;
    p.addOption({QStringLiteral("preset"), QStringLiteral("A public service: %1.").arg(presets.join(QStringLiteral(", "))),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("xyz"), QStringLiteral("Tile URL template with {z}, {x} and {y}."), QStringLiteral("url")});
    p.addOption({QStringLiteral("wmts"), QStringLiteral("A WMTS service's GetCapabilities URL (with --layer)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("layer"), QStringLiteral("--wmts: the layer's identifier."), QStringLiteral("id")});
    p.addOption({QStringLiteral("matrix-set"), QStringLiteral("--wmts: the tile matrix set (default: the layer's first)."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("mbtiles"), QStringLiteral("An MBTiles file (PNG or JPEG tiles), used offline."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("attribution"), QStringLiteral("Credit shown on the map (--xyz; replaces the file's)."),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Layer name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("max-zoom"), QStringLiteral("Deepest zoom level of --xyz (default 19)."), QStringLiteral("n")});
    if (!parseOrExplain(p, args, 1,
                        QStringLiteral("layer add-basemap ATLAS --preset ID | --xyz URL [--attribution T] | "
                                       "--wmts URL --layer ID [--matrix-set ID] | --mbtiles FILE")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const int chosen = int(p.isSet(QStringLiteral("preset"))) + int(p.isSet(QStringLiteral("xyz"))) +
                       int(p.isSet(QStringLiteral("wmts"))) + int(p.isSet(QStringLiteral("mbtiles")));
    if (chosen != 1)
        return fail(QStringLiteral("choose one of --preset, --xyz, --wmts or --mbtiles"));
    if (p.isSet(QStringLiteral("wmts")) && !p.isSet(QStringLiteral("layer")))
        return fail(QStringLiteral("--wmts needs --layer ID"));
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());

    core::Result<core::LayerSpec> layer = core::LayerSpec{};
    if (p.isSet(QStringLiteral("preset"))) {
        layer = gis::presetBasemapLayer(p.value(QStringLiteral("preset")));
    } else if (p.isSet(QStringLiteral("xyz"))) {
        bool ok = true;
        const int maxZoom = p.isSet(QStringLiteral("max-zoom")) ? p.value(QStringLiteral("max-zoom")).toInt(&ok) : 19;
        if (!ok)
            return fail(QStringLiteral("--max-zoom must be a whole number from 0 to 24"));
        layer = gis::xyzBasemapLayer(p.value(QStringLiteral("name")), p.value(QStringLiteral("xyz")),
                                     p.value(QStringLiteral("attribution")), maxZoom);
    } else if (p.isSet(QStringLiteral("wmts"))) {
        layer = gis::wmtsBasemapLayer(p.value(QStringLiteral("name")), p.value(QStringLiteral("wmts")),
                                      p.value(QStringLiteral("layer")), p.value(QStringLiteral("matrix-set")),
                                      p.value(QStringLiteral("attribution")), gis::defaultTileCacheDir());
    } else {
        layer = gis::mbtilesBasemapLayer(p.value(QStringLiteral("mbtiles")));
    }
    if (!layer)
        return fail(layer.error());
    core::LayerSpec spec = layer.take();
    if (p.isSet(QStringLiteral("name")))
        spec.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("attribution")))
        spec.basemap.attribution = p.value(QStringLiteral("attribution"));
    gis::insertBasemap(doc.value(), spec);
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s)
        return fail(s.error());
    out() << "added basemap '" << spec.name << "'";
    if (!spec.basemap.attribution.isEmpty())
        out() << " (" << spec.basemap.attribution << ")";
    out() << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
