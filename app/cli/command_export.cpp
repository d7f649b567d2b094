// atlas-cli export: writes a layer of the atlas to GeoPackage, GeoJSON, Shapefile, KML,
// CSV, FlatGeobuf or DXF (by the output's extension), optionally in another CRS.

#include "cli_support.h"
#include "gis/formats/vector_export.h"
#include "gis/store/atlas_store.h"

namespace atlas::cli {

int runExport(const QStringList& args)
{
    const QString usage =
        QStringLiteral("export ATLAS LAYER OUT.ext [--crs EPSG:n] [--csv-geometry wkt|xy] [--overwrite]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("crs"), QStringLiteral("Write the geometries in this CRS."), QStringLiteral("EPSG:n")});
    p.addOption({QStringLiteral("csv-geometry"), QStringLiteral("CSV geometry: wkt (default) or xy (points)."),
                 QStringLiteral("wkt|xy"), QStringLiteral("wkt")});
    p.addOption({QStringLiteral("overwrite"), QStringLiteral("Replace an existing output file.")});
    if (!parseOrExplain(p, args, 3, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    const QString layerName = p.positionalArguments().at(1);
    const QString csvGeometry = p.value(QStringLiteral("csv-geometry")).toLower();
    if (csvGeometry != QLatin1String("wkt") && csvGeometry != QLatin1String("xy"))
        return fail(QStringLiteral("--csv-geometry must be wkt or xy, not '%1'").arg(csvGeometry));
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    const core::LayerSpec* layer = nullptr;
    for (const core::LayerSpec& l : doc.value().layers)
        if (l.kind == core::LayerKind::Vector && (l.name == layerName || (l.isOwnedByAtlas() && l.sourceLayer == layerName)))
            layer = &l;
    // A layer of the document by name, else any table the atlas owns.
    gis::VectorExportRequest request;
    request.sourcePath = !layer || layer->isOwnedByAtlas() ? atlasPath : layer->sourcePath;
    request.sourceLayer = layer ? layer->sourceLayer : layerName;
    request.outputPath = p.positionalArguments().at(2);
    request.targetCrs = p.value(QStringLiteral("crs"));
    request.csvAsXY = csvGeometry == QLatin1String("xy");
    request.overwrite = p.isSet(QStringLiteral("overwrite"));
    auto written = gis::exportVectorLayer(request);
    if (!written)
        return fail(written.error());
    out() << "exported layer '" << (layer ? layer->name : layerName) << "' to " << request.outputPath << " (" << written.value()
          << " features)" << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
