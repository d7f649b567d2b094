// atlas-cli import: copies vector layers of a file into tables owned by the atlas.

#include "cli_support.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"

namespace atlas::cli {

int runImport(const QStringList& args)
{
    const QString usage =
        QStringLiteral("import ATLAS FILE [--layer NAME]... [--all] [--as NAME] [--crs EPSG:n] [--encoding ENC]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("layer"), QStringLiteral("Layer of the file to import (repeatable)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("all"), QStringLiteral("Import every vector layer of the file.")});
    p.addOption({QStringLiteral("as"), QStringLiteral("Name of the new layer."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("Transform the geometries to this CRS."),
                 QStringLiteral("EPSG:n")});
    p.addOption({QStringLiteral("encoding"),
                 QStringLiteral("Encoding of the texts (default: from the file, else UTF-8 or Latin-1)."),
                 QStringLiteral("ENC")});
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    gis::VectorImportRequest request;
    request.atlasPath = atlasPath;
    request.sourcePath = p.positionalArguments().at(1);
    request.layers = p.values(QStringLiteral("layer"));
    request.allLayers = p.isSet(QStringLiteral("all"));
    request.tableName = p.value(QStringLiteral("as"));
    request.targetCrs = p.value(QStringLiteral("crs"));
    request.encoding = p.value(QStringLiteral("encoding"));
    request.styleIndex = int(doc.value().layers.size());
    auto imported = gis::importVectorLayers(request);
    if (!imported)
        return fail(imported.error());

    QStringList tables;
    for (const gis::ImportedLayer& layer : imported.value()) {
        doc.value().layers << layer.spec;
        tables << layer.spec.sourceLayer;
    }
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s) {
        // Tables no layer points to would be invisible clutter.
        gis::dropImportedTables(atlasPath, tables);
        return fail(s.error());
    }
    for (const gis::ImportedLayer& layer : imported.value()) {
        out() << "imported " << request.sourcePath << " as layer '" << layer.spec.name << "' (table "
              << layer.spec.sourceLayer << ", " << layer.featureCount << " features)" << Qt::endl;
        for (const QString& warning : layer.warnings)
            err() << "atlas-cli: warning: " << layer.spec.name << ": " << warning << Qt::endl;
    }
    return 0;
}

}  // namespace atlas::cli
