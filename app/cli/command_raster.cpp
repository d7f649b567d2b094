// atlas-cli raster overviews: builds the overviews of a large raster so that it stays
// fluid when zoomed out (external .ovr for a file that is not written to).

#include "cli_support.h"
#include "gis/datasource/raster_overviews.h"

namespace atlas::cli {

int runRaster(const QStringList& args)
{
    if (args.value(1) != QLatin1String("overviews"))
        return fail(QStringLiteral("usage: atlas-cli raster overviews FILE"));
    QCommandLineParser p;
    if (!parseOrExplain(p, args.mid(1), 1, QStringLiteral("raster overviews FILE")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString path = p.positionalArguments().first();
    const std::atomic<bool> never{false};
    int shown = -1;
    const core::Status s = gis::buildOverviews(path, never, [&](double done) {
        if (const int percent = int(done * 100); percent / 10 != shown / 10) {
            shown = percent;
            err() << "\r" << percent << " %" << Qt::flush;
        }
    });
    if (shown >= 0)
        err() << Qt::endl;
    if (!s)
        return fail(s.error());
    out() << path << ": " << gis::overviewCount(path) << " overview level(s)" << Qt::endl;
    return 0;
}

}  // namespace atlas::cli
