// atlas-cli new: creates an empty atlas.

#include "cli_support.h"
#include "gis/crs/crs_catalog.h"
#include "gis/store/atlas_store.h"

#include <QFileInfo>

namespace atlas::cli {

int runNew(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("crs"), QStringLiteral("Project CRS (default EPSG:2154)."), QStringLiteral("EPSG:n"),
                 QStringLiteral("EPSG:2154")});
    p.addOption({QStringLiteral("title"), QStringLiteral("Atlas title."), QStringLiteral("text")});
    if (!parseOrExplain(p, args, 1, QStringLiteral("new ATLAS [--crs EPSG:n] [--title T]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString crs = p.value(QStringLiteral("crs"));
    if (!gis::crsIsKnown(crs))
        return fail(QStringLiteral("unknown CRS '%1'").arg(crs));
    core::AtlasDocument doc;
    doc.crs = crs;
    const QString path = p.positionalArguments().first();
    doc.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : QFileInfo(path).completeBaseName();
    if (auto s = gis::createAtlas(path, doc); !s)
        return fail(s.error());
    out() << "created " << path << " (" << crs << ")" << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
