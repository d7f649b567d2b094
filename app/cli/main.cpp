// atlas-cli: headless Atlas Territoires (create, inspect, import, render).

#include "cli_support.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>
#include <functional>
#include <map>

int main(int argc, char** argv)
{
    // Text rendering needs a GUI platform; headless is the only one this tool wants.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on stderr without a runtime dir; scripts read our stderr, so give it one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("atlas-cli-runtime-%1").arg(getuid()));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atlas-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Atlas Territoires"));

    using namespace atlas::cli;
    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("new"), runNew},       {QStringLiteral("info"), runInfo},
        {QStringLiteral("render"), runRender}, {QStringLiteral("import"), runImport},
        {QStringLiteral("layer"), runLayer},
        {QStringLiteral("raster"), runRaster},
        {QStringLiteral("obs"), runObs},       {QStringLiteral("media"), runMedia},
        {QStringLiteral("bench"),
         [](const QStringList& a) {
             if (a.value(1) == QLatin1String("render"))
                 return runBenchRender(a);
             if (a.value(1) == QLatin1String("sync"))
                 return runBenchSync(a);
             return a.value(1) == QLatin1String("import") ? runBenchImport(a) : runBench(a);
         }},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("export-web"), runExportWeb},
        {QStringLiteral("print"), runPrint},
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("activity"), runActivity},
        {QStringLiteral("publication"), runPublication},
        {QStringLiteral("export-story"), runExportStory},
    };
    const QStringList args = app.arguments();
    const auto it = args.size() > 1 ? commands.find(args[1]) : commands.end();
    if (it == commands.end()) {
        const bool asked = args.size() > 1 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
        (asked ? out() : err()) << "usage: atlas-cli COMMAND [options]\n"
                                   "commands:\n"
                                   "  new ATLAS [--crs EPSG:n] [--title T]   create an empty atlas\n"
                                   "  info FILE                              layers, CRS, counts, extents\n"
                                   "  render SOURCE -o OUT.png [--size WxH] [--extent x0,y0,x1,y1] [--crs EPSG:n]\n"
                                   "  import ATLAS FILE [--layer NAME]... [--all] [--as NAME] [--crs EPSG:n] [--encoding ENC]\n"
                                   "  export ATLAS LAYER OUT.ext [--crs EPSG:n] [--csv-geometry wkt|xy]\n"
                                   "                                         .gpkg .geojson .shp .kml .csv .fgb .dxf\n"
                                   "  layer add|add-basemap|style|view ...   edit the layers of an atlas\n"
                                   "  raster overviews FILE                  build a large raster's overviews (zoomed-out speed)\n"
                                   "  obs add|list|import|boundaries ...     fiches of the observatory\n"
                                   "  media import|list ...                  photos and documents of the mediatheque\n"
                                   "  bench observatory [--fiches N] [--media N]   time open, filter and search\n"
                                   "  bench render FILE...                   the reference render frames, timed\n"
                                   "  bench import FILE                      import and export against ogr2ogr\n"
                                   "  bench sync --server URL --user U --password-file F --group G [--fiches N]\n"
                                   "                                         time push, pull and an idle sync\n"
                                   "  export-web ATLAS OUTDIR [--zip] [--title T] [--lang fr|nl|en] [--basemap osm]\n"
                                   "                                         interactive map bundle for any browser\n"
                                   "  print ATLAS OUT.pdf [--size A4|A3] [--orientation portrait|landscape] [--title T] [--png]\n"
                                   "                                         printed map sheet (PDF, or PNG at 300 dpi)\n"
                                   "  sync ATLAS --server URL --user U --password-file F [--group G]\n"
                                   "                                         push and pull the fiches of a working group\n"
                                   "  activity add|list|report ...           the activity database (CSV and PDF reports)\n"
                                   "  publication add|list ...               story maps (sections from a JSON file)\n"
                                   "  export-story ATLAS PUBLICATION OUTDIR  one publication as a story page beside its map\n"
                                   "Run 'atlas-cli COMMAND --help' for the options of a command.\n"
                                << Qt::flush;
        return asked ? 0 : 2;
    }
    return it->second(args.mid(1));
}
