// atlas-cli export-web: writes an interactive map bundle (index.html, map library, data
// as JavaScript, tiles for heavy layers) that opens from file:// with no network.

#include "cli_support.h"
#include "gis/formats/web_bundle_exporter.h"
#include "gis/store/atlas_store.h"

#include <QRegularExpression>

namespace atlas::cli {

int runExportWeb(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("zip"), QStringLiteral("Also write OUTDIR.zip.")});
    p.addOption({QStringLiteral("title"), QStringLiteral("Title of the page (default: the atlas title)."),
                 QStringLiteral("TITLE")});
    p.addOption({QStringLiteral("author"), QStringLiteral("Author shown in the page."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("licence"), QStringLiteral("Licence shown in the page."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("attribution"), QStringLiteral("Data sources shown in the page."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("First language of the page: fr, nl or en (default fr)."),
                 QStringLiteral("fr|nl|en"), QStringLiteral("fr")});
    p.addOption({QStringLiteral("tiles-above"),
                 QStringLiteral("Layers with more features than N are rendered as image tiles (default 20000)."),
                 QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("zooms"), QStringLiteral("Zoom levels of the tiles (default 6-11)."),
                 QStringLiteral("a-b"), QStringLiteral("6-11")});
    p.addOption({QStringLiteral("basemap"), QStringLiteral("Online basemap: osm (off by default: no network)."),
                 QStringLiteral("osm")});
    p.addOption({QStringLiteral("all-fiches"),
                 QStringLiteral("Export every fiche, not only the published public ones.")});
    p.addOption({QStringLiteral("no-fiches"), QStringLiteral("Leave the observatory's fiches out.")});
    p.addOption({QStringLiteral("keep-photo-metadata"),
                 QStringLiteral("Copy photos as they are, EXIF (GPS position) included; by default they are re-encoded without it.")});
    const QString usage = QStringLiteral(
        "export-web ATLAS OUTDIR [--zip] [--title T] [--author A] [--licence L] [--attribution S] "
        "[--lang fr|nl|en] [--tiles-above N] [--zooms a-b] [--basemap osm] [--all-fiches|--no-fiches] "
        "[--keep-photo-metadata]");
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;

    gis::WebBundleOptions options;
    options.outputDir = p.positionalArguments().at(1);
    options.zip = p.isSet(QStringLiteral("zip"));
    options.title = p.value(QStringLiteral("title"));
    options.author = p.value(QStringLiteral("author"));
    options.licence = p.value(QStringLiteral("licence"));
    options.attribution = p.value(QStringLiteral("attribution"));
    options.language = p.value(QStringLiteral("lang"));
    if (!QStringList{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")}.contains(options.language))
        return fail(QStringLiteral("--lang must be fr, nl or en, not '%1'").arg(options.language));
    bool ok = false;
    options.tilesAbove = p.value(QStringLiteral("tiles-above")).toLongLong(&ok);
    if (!ok || options.tilesAbove < 0)
        return fail(QStringLiteral("--tiles-above must be a whole number of features, not '%1'")
                        .arg(p.value(QStringLiteral("tiles-above"))));
    const auto zooms = QRegularExpression(QStringLiteral("^(\\d{1,2})(?:-(\\d{1,2}))?$")).match(p.value(QStringLiteral("zooms")));
    if (!zooms.hasMatch())
        return fail(QStringLiteral("--zooms must be a range like 6-11, not '%1'").arg(p.value(QStringLiteral("zooms"))));
    options.minZoom = zooms.captured(1).toInt();
    options.maxZoom = zooms.captured(2).isEmpty() ? options.minZoom : zooms.captured(2).toInt();
    if (options.minZoom > options.maxZoom || options.maxZoom > 20)
        return fail(QStringLiteral("--zooms: levels go from 0 to 20, the first not above the last ('%1')")
                        .arg(p.value(QStringLiteral("zooms"))));
    if (p.isSet(QStringLiteral("basemap"))) {
        if (p.value(QStringLiteral("basemap")) != QLatin1String("osm"))
            return fail(QStringLiteral("--basemap: the only online basemap is 'osm', not '%1'")
                            .arg(p.value(QStringLiteral("basemap"))));
        options.onlineBasemap = true;
    }

    options.observations = !p.isSet(QStringLiteral("no-fiches"));
    options.onlyPublished = !p.isSet(QStringLiteral("all-fiches"));
    options.stripPhotoMetadata = !p.isSet(QStringLiteral("keep-photo-metadata"));

    const QString atlasPath = p.positionalArguments().at(0);
    if (!gis::isAtlasFile(atlasPath))
        return fail(core::Error{atlasPath, {}, QStringLiteral("not an atlas file (create one with 'atlas-cli new')")});
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());

    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc.value(), atlasPath, options, {}, never);
    if (!report)
        return fail(report.error());
    const gis::WebBundleReport& r = report.value();
    for (const QString& w : r.warnings)
        err() << "atlas-cli: warning: " << w << Qt::endl;
    out() << "exported " << r.vectorLayers << " vector layer(s) with " << r.features << " feature(s) and "
          << r.tiledLayers << " tiled layer(s) with " << r.tiles << " tile(s) in " << r.elapsedMs << " ms\n"
          << "fiches: " << r.observations << ", photos: " << r.photos << "\n"
          << "bundle: " << r.indexPath << " (" << QString::number(r.bytes / 1024.0 / 1024.0, 'f', 2) << " MiB)\n";
    if (!r.zipPath.isEmpty())
        out() << "zip: " << r.zipPath << "\n";
    out() << Qt::flush;
    return r.warnings.isEmpty() ? 0 : 1;
}

}  // namespace atlas::cli
