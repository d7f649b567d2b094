// atlas-cli info: what a file or an atlas holds.

#include "cli_support.h"
#include "gis/crs/crs_catalog.h"
#include "gis/datasource/file_probe.h"
#include "gis/store/atlas_store.h"

namespace atlas::cli {
namespace {

QString crsLabel(const QString& crs)
{
    if (crs.isEmpty())
        return QStringLiteral("unknown");
    return crs.startsWith(QLatin1String("EPSG:")) ? QStringLiteral("%1 (%2)").arg(crs, gis::crsName(crs))
                                                  : gis::crsName(crs);
}

void printFileLayers(const gis::FileInfo& info, const QString& indent)
{
    for (const gis::LayerInfo& li : info.layers) {
        if (li.kind == core::LayerKind::Raster)
            out() << indent << "raster " << li.rasterSize.width() << "x" << li.rasterSize.height() << ", "
                  << li.bandCount << " band(s)";
        else
            out() << indent << "layer " << li.name << ": " << li.geometryType << ", " << li.featureCount
                  << " feature(s)";
        out() << "\n" << indent << "  crs: " << crsLabel(li.crs) << "\n"
              << indent << "  extent: " << (li.extent.isNull() ? QStringLiteral("empty") : li.extent.toString())
              << "\n";
    }
}

}  // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser p;
    if (!parseOrExplain(p, args, 1, QStringLiteral("info FILE")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString path = p.positionalArguments().first();
    if (gis::isAtlasFile(path)) {
        auto doc = gis::loadAtlas(path);
        if (!doc)
            return fail(doc.error());
        const core::AtlasDocument& d = doc.value();
        out() << "atlas: " << d.title << "\ncrs: " << crsLabel(d.crs) << "\nlayers: " << d.layers.size() << "\n";
        for (const core::LayerSpec& l : d.layers) {
            if (l.kind == core::LayerKind::Basemap) {
                out() << "- " << l.name << (l.visible ? "" : " (hidden)") << ": basemap "
                      << (l.basemap.type == core::BasemapType::MBTiles ? l.sourcePath : l.basemap.url) << "\n";
                if (!l.basemap.attribution.isEmpty())
                    out() << "    attribution: " << l.basemap.attribution << "\n";
                continue;
            }
            out() << "- " << l.name << (l.visible ? "" : " (hidden)") << ": "
                  << (l.isOwnedByAtlas() ? QStringLiteral("table %1 in the atlas").arg(l.sourceLayer) : l.sourcePath)
                  << "\n";
            auto info = gis::probeFile(l.isOwnedByAtlas() ? path : l.sourcePath);
            if (!info) {
                out() << "    unavailable: " << info.error().message() << "\n";
                continue;
            }
            gis::FileInfo only = info.value();
            only.layers.removeIf([&](const gis::LayerInfo& li) {
                return !l.sourceLayer.isEmpty() && li.name != l.sourceLayer;
            });
            printFileLayers(only, QStringLiteral("    "));
        }
        out() << Qt::flush;
        return 0;
    }
    auto info = gis::probeFile(path);
    if (!info)
        return fail(info.error());
    out() << "file: " << path << "\ndriver: " << info.value().driver << "\n";
    printFileLayers(info.value(), QString());
    out() << Qt::flush;
    return 0;
}

}  // namespace atlas::cli
