// atlas-cli import: copies a vector layer into a table owned by the atlas.

#include "cli_support.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"

namespace atlas::cli {

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("layer"), QStringLiteral("Layer of the file to import."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("as"), QStringLiteral("Name of the new layer."), QStringLiteral("NAME")});
    if (!parseOrExplain(p, args, 2, QStringLiteral("import ATLAS FILE [--layer NAME] [--as NAME]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    gis::VectorImportRequest request{atlasPath, p.positionalArguments().at(1), p.value(QStringLiteral("layer")),
                                     p.value(QStringLiteral("as")), int(doc.value().layers.size())};
    auto spec = gis::importVectorLayer(request);
    if (!spec)
        return fail(spec.error());
    const core::LayerSpec layer = spec.take();
    doc.value().layers << layer;
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s)
        return fail(s.error());
    out() << "imported " << request.sourcePath << " as layer '" << layer.name << "' (table " << layer.sourceLayer
          << ")" << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
