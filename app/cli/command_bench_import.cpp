// atlas-cli bench import: times our import of a file into a fresh atlas (with its
// spatial index) and our GeoPackage export of it, side by side with ogr2ogr doing the
// same in a subprocess, and checks both give the same features and attributes.

#include "cli_support.h"
#include "core/model/atlas_document.h"
#include "gis/formats/layer_compare.h"
#include "gis/formats/vector_export.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace atlas::cli {
namespace {

// Whole-process time of ogr2ogr, as a user would run it.
core::Result<double> timeOgr2ogr(const QStringList& args)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (tool.isEmpty())
        return core::Error{QStringLiteral("ogr2ogr"), {}, QStringLiteral("not found (Debian package gdal-bin)")};
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(tool, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return core::Error{QStringLiteral("ogr2ogr"), args.join(QLatin1Char(' ')),
                           QString::fromUtf8(p.readAllStandardError()).trimmed()};
    return t.nsecsElapsed() / 1e9;
}

void warmCache(const QString& path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        while (!f.read(1 << 24).isEmpty()) {
        }
}

QString ratio(double theirs, double ours)
{
    return QString::number(theirs / ours, 'f', 2) + QLatin1Char('x');
}

}  // namespace

int runBenchImport(const QStringList& args)
{
    const QString usage = QStringLiteral("bench import FILE [--keep DIR]");
    QCommandLineParser p;
    p.addOption({QStringLiteral("keep"), QStringLiteral("Write the outputs into DIR and keep them."),
                 QStringLiteral("DIR")});
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString source = QFileInfo(p.positionalArguments().at(1)).absoluteFilePath();
    if (!QFileInfo::exists(source))
        return fail(core::Error{source, {}, QStringLiteral("file not found")});
    QTemporaryDir temp;
    const QString dir = p.isSet(QStringLiteral("keep")) ? p.value(QStringLiteral("keep")) : temp.path();
    const QString atlas = dir + QStringLiteral("/bench.atlas");
    const QString ogrDb = dir + QStringLiteral("/ogr2ogr.sqlite");
    const QString ourGpkg = dir + QStringLiteral("/atlas-export.gpkg");
    const QString ogrGpkg = dir + QStringLiteral("/ogr2ogr-export.gpkg");
    for (const QString& f : {atlas, atlas + QStringLiteral("-wal"), atlas + QStringLiteral("-shm"), ogrDb, ourGpkg, ogrGpkg})
        QFile::remove(f);
    warmCache(source);

    out() << "import of " << source << " (" << QFileInfo(source).size() / 1e6 << " MB), spatial index on\n" << Qt::flush;
    QElapsedTimer t;
    t.start();
    if (auto s = gis::createAtlas(atlas, core::AtlasDocument{}); !s)
        return fail(s.error());
    gis::VectorImportRequest request;
    request.atlasPath = atlas;
    request.sourcePath = source;
    auto imported = gis::importVectorLayers(request);
    if (!imported)
        return fail(imported.error());
    const double ours = t.nsecsElapsed() / 1e9;
    const QString table = imported.value().first().spec.sourceLayer;
    out() << QStringLiteral("  atlas-cli (in process)                          %1 s  %2 features\n")
                 .arg(ours, 7, 'f', 2)
                 .arg(imported.value().first().featureCount)
          << Qt::flush;
    auto theirs = timeOgr2ogr({QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-dsco"),
                               QStringLiteral("SPATIALITE=YES"), ogrDb, source});
    if (!theirs)
        return fail(theirs.error());
    out() << QStringLiteral("  ogr2ogr -f SQLite -dsco SPATIALITE=YES          %1 s\n").arg(theirs.value(), 7, 'f', 2)
          << QStringLiteral("  speed-up                                        %1 (goal: at least 2x)\n")
                 .arg(ratio(theirs.value(), ours))
          << Qt::flush;

    // Same features and attributes as the source and as ogr2ogr's copy.
    gis::LayerCompareOptions attributesOnly;
    attributesOnly.geometries = true;
    auto vsSource = gis::compareLayers(source, {}, atlas, table, attributesOnly);
    auto vsOgr = gis::compareLayers(ogrDb, {}, atlas, table, attributesOnly);
    if (!vsSource)
        return fail(vsSource.error());
    if (!vsOgr)
        return fail(vsOgr.error());
    const bool same = vsSource.value().same() && vsOgr.value().same();
    out() << QStringLiteral("  check: %1 features in both, fields %2: %3\n")
                 .arg(vsOgr.value().countB)
                 .arg(vsSource.value().comparedFields.join(QLatin1Char(',')))
                 .arg(same ? QStringLiteral("same values and geometries")
                           : QStringLiteral("DIFFERENT (%1%2)")
                                 .arg(vsSource.value().firstDifference, vsOgr.value().firstDifference))
          << Qt::flush;

    out() << "export of that layer to GeoPackage\n" << Qt::flush;
    gis::VectorExportRequest exportRequest;
    exportRequest.sourcePath = atlas;
    exportRequest.sourceLayer = table;
    exportRequest.outputPath = ourGpkg;
    t.restart();
    auto exported = gis::exportVectorLayer(exportRequest);
    if (!exported)
        return fail(exported.error());
    const double ourExport = t.nsecsElapsed() / 1e9;
    auto theirExport = timeOgr2ogr({QStringLiteral("-f"), QStringLiteral("GPKG"), ogrGpkg, atlas, table});
    if (!theirExport)
        return fail(theirExport.error());
    out() << QStringLiteral("  atlas-cli (in process)                          %1 s  %2 features\n")
                 .arg(ourExport, 7, 'f', 2)
                 .arg(exported.value())
          << QStringLiteral("  ogr2ogr -f GPKG                                 %1 s\n").arg(theirExport.value(), 7, 'f', 2)
          << QStringLiteral("  speed-up                                        %1 (goal: at least 1x)\n")
                 .arg(ratio(theirExport.value(), ourExport))
          << Qt::flush;
    return same ? 0 : 1;
}

}  // namespace atlas::cli
