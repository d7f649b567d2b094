// atlas-cli layer new: creates an empty layer owned by the atlas from a field schema.

#include "cli_support.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis/store/owned_layer_schema.h"

namespace atlas::cli {

int runLayerNew(const QStringList& args)
{
    const QString usage = QStringLiteral(
        "layer new ATLAS NAME --geometry point|line|polygon [--crs EPSG:n] [--field NAME:TYPE[:CHOICE|CHOICE...]]...\n"
        "TYPE is text, integer, real, date, boolean or choice");
    QCommandLineParser p;
    p.addOption({QStringLiteral("geometry"), QStringLiteral("point, line or polygon."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("CRS of the layer (default: the atlas's)."), QStringLiteral("EPSG:n")});
    p.addOption({QStringLiteral("field"), QStringLiteral("A field NAME:TYPE, choices after a second colon (repeatable)."),
                 QStringLiteral("SPEC")});
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    gis::NewLayerRequest request;
    request.atlasPath = atlasPath;
    request.name = p.positionalArguments().at(1);
    request.crs = p.value(QStringLiteral("crs")).isEmpty() ? doc.value().crs : p.value(QStringLiteral("crs"));
    request.styleIndex = int(doc.value().layers.size());
    const QString geometry = p.value(QStringLiteral("geometry"));
    if (geometry == QLatin1String("point"))
        request.geometry = gis::EditableGeometry::Point;
    else if (geometry == QLatin1String("line"))
        request.geometry = gis::EditableGeometry::Line;
    else if (geometry == QLatin1String("polygon"))
        request.geometry = gis::EditableGeometry::Polygon;
    else
        return fail(QStringLiteral("--geometry must be point, line or polygon (got '%1')").arg(geometry));
    for (const QString& spec : p.values(QStringLiteral("field"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        gis::NewField field;
        field.name = parts.value(0);
        if (parts.size() < 2 || !gis::fieldKindFromName(parts.at(1), field.kind))
            return fail(QStringLiteral("--field %1: expected NAME:TYPE with TYPE text, integer, real, date, boolean or choice").arg(spec));
        if (parts.size() > 2)
            field.choices = parts.mid(2).join(QLatin1Char(':')).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        request.fields << field;
    }
    auto created = gis::createOwnedLayer(request);
    if (!created)
        return fail(created.error());
    doc.value().layers << created.value();
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s) {
        gis::dropImportedTables(atlasPath, {created.value().sourceLayer});
        return fail(s.error());
    }
    out() << "created layer '" << created.value().name << "' (table " << created.value().sourceLayer << ", "
          << request.fields.size() << " fields, " << request.crs << ")" << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
