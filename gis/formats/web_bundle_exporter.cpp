#include "gis/formats/web_bundle_exporter.h"

#include "core/model/translate.h"
#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/formats/web_bundle_media.h"
#include "gis/formats/web_bundle_observations.h"
#include "gis/formats/web_bundle_stories.h"
#include "gis/formats/web_bundle_tiles.h"
#include "gis/formats/web_bundle_zip.h"
#include "gis/render/render_layer.h"
#include "web_assets.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace atlas::gis {
namespace {

const char kGeneratorMark[] = "<meta name=\"generator\" content=\"Atlas Territoires\">";

// One layer of the bundle as planned before anything is written.
struct PlannedLayer {
    RenderLayer render;
    QUuid uuid;           // the atlas layer, for the map views of the story pages
    bool hidden = false;  // exported for a story page only: off until a section shows it
    QString id;
    bool tiled = false;
    QByteArray geometry = "polygon";  // point, line or polygon: how the legend draws it
    core::Extent lonLat = core::Extent::null();
    QList<TileCoord> tiles;
};

// An existing output folder may only be replaced when it is empty or a bundle of ours.
core::Status checkOutputDir(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return core::Done{};
    if (!info.isDir())
        return core::Error{dir, {}, tr("exists and is not a folder")};
    const QDir d(dir);
    if (d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return core::Done{};
    QFile index(d.filePath(QStringLiteral("index.html")));
    if (index.open(QIODevice::ReadOnly) && index.read(4096).contains(kGeneratorMark))
        return core::Done{};
    return core::Error{dir, {}, tr("the folder is not empty and is not a map bundle; choose an empty folder")};
}

core::Status writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return core::Error{path, {}, tr("cannot write the file: %1").arg(f.errorString())};
    return core::Done{};
}

QByteArray fillPage(QByteArray page, const WebBundleOptions& options, const QString& title)
{
    page.replace("@LANG@", options.language.toUtf8());
    page.replace("@CSP@", webBundleContentSecurityPolicy(options.onlineBasemap).toUtf8());
    page.replace("@TITLE@", title.toHtmlEscaped().toUtf8());
    return page;
}

// The story page of publication `index`: the map page with the story column and script.
QByteArray storyPage(QByteArray page, int index)
{
    page.replace("<body>", "<body class=\"atlas-story-page\" data-story=\"" + QByteArray::number(index) +
                               "\">\n<main id=\"story\"></main>");
    page.replace("<script src=\"app/atlas.js\"></script>",
                 "<script src=\"app/atlas.js\"></script>\n<script src=\"app/story.js\"></script>");
    return page;
}

// Copies the embedded page and map library. index.html is the map (or the publication when
// it is exported alone); each publication gets a story page made from it.
core::Status writeAssets(const QString& dir, const WebBundleOptions& options, const QString& title,
                         const QList<core::Publication>& stories)
{
    const QString root = web::assetsRoot();
    const bool alone = !options.storyAlone.isNull();
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(root.size() + 1);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return core::Error{source, {}, tr("missing from this build")};
        QByteArray bytes = in.readAll();
        if (relative == QLatin1String("index.html")) {
            for (int i = 0; i < stories.size(); ++i) {
                const QByteArray page = storyPage(fillPage(bytes, options, stories[i].title(options.language)), i);
                if (auto s = writeFile(dir + QLatin1Char('/') + storyFileName(i, alone), page); !s)
                    return s;
            }
            if (alone)
                continue;
            bytes = fillPage(bytes, options, title);
        }
        if (auto s = writeFile(dir + QLatin1Char('/') + relative, bytes); !s)
            return s;
    }
    return core::Done{};
}

qint64 folderSize(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QByteArray boundsJson(const core::Extent& e)
{
    // Leaflet order: south, west, north, east.
    return '[' + QByteArray::number(e.yMin, 'f', 6) + ',' + QByteArray::number(e.xMin, 'f', 6) + ',' +
           QByteArray::number(e.yMax, 'f', 6) + ',' + QByteArray::number(e.xMax, 'f', 6) + ']';
}

core::Extent lonLatExtent(const core::Extent& extent, const QString& crs)
{
    if (extent.isNull())
        return extent;
    const CrsTransform t(crs, QStringLiteral("EPSG:4326"));
    return t.isValid() ? t.transformExtent(extent) : core::Extent::null();
}

core::Status validate(const WebBundleOptions& o)
{
    if (o.outputDir.trimmed().isEmpty())
        return core::Error{{}, {}, tr("no output folder given")};
    if (o.language != QLatin1String("fr") && o.language != QLatin1String("nl") && o.language != QLatin1String("en"))
        return core::Error{{}, o.language, tr("the page language must be fr, nl or en")};
    if (o.minZoom < 0 || o.maxZoom > 20 || o.minZoom > o.maxZoom)
        return core::Error{{}, QStringLiteral("%1-%2").arg(o.minZoom).arg(o.maxZoom),
                           tr("tile zoom levels must be between 0 and 20, the first not above the last")};
    if (o.tilesAbove < 0)
        return core::Error{{}, {}, tr("the feature count above which layers become tiles cannot be negative")};
    return core::Done{};
}

}  // namespace

QString webBundleContentSecurityPolicy(bool onlineBasemap)
{
    const QString tiles = onlineBasemap ? QStringLiteral(" https://tile.openstreetmap.org") : QString();
    return QStringLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:%1; "
                          "media-src 'self'; connect-src 'none'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                          "form-action 'none'")
        .arg(tiles);
}

core::Result<WebBundleReport> exportWebBundle(const core::AtlasDocument& doc, const QString& atlasPath,
                                              const WebBundleOptions& options, const WebBundleProgress& progress,
                                              const std::atomic<bool>& cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = validate(options); !s)
        return s.error();
    const QString outputDir = QDir::cleanPath(QFileInfo(options.outputDir).absoluteFilePath());
    if (auto s = checkOutputDir(outputDir); !s)
        return s.error();
    const auto cancelled = [&] { return core::Error{outputDir, {}, tr("export cancelled")}; };

    // 1. Plan: which layers, vector or tiles, how many tiles.
    WebBundleReport report;
    const bool alone = !options.storyAlone.isNull();
    QList<core::Publication> stories;
    if (options.publications || alone) {
        auto read = publicationsToExport(atlasPath, options.storyAlone);
        if (!read && alone)
            return read.error();
        if (!read)
            report.warnings << tr("publications not exported: %1").arg(read.error().message());
        else
            stories = read.take();
    }
    const QSet<QUuid> storyLayers = layersShownByStories(stories);
    core::AtlasDocument chosen = doc;
    QSet<QUuid> shown;  // layers on when the page opens
    QList<QUuid> uuids;  // of the layers renderLayersOf() returns, in its order
    for (core::LayerSpec& spec : chosen.layers) {
        if (!options.layers.isEmpty())
            spec.visible = options.layers.contains(spec.identity.uuid);
        if (spec.visible)
            shown.insert(spec.identity.uuid);
        spec.visible = spec.visible || storyLayers.contains(spec.identity.uuid);
        if (spec.visible)
            uuids << spec.identity.uuid;
    }
    QList<PlannedLayer> plan;
    int index = 0;
    const QList<RenderLayer> renderLayers = renderLayersOf(chosen, atlasPath);
    for (int i = 0; i < renderLayers.size(); ++i) {
        const RenderLayer& layer = renderLayers[i];
        // A basemap is the desktop's backdrop: the page has its own optional online one,
        // and copying a tile service into the bundle would fetch it from the network.
        if (layer.kind == core::LayerKind::Basemap)
            continue;
        PlannedLayer planned;
        planned.render = layer;
        planned.uuid = uuids.value(i);
        planned.hidden = !shown.contains(planned.uuid);
        planned.id = QStringLiteral("layer%1").arg(index++);
        auto source = openLayerSource(layer.path, layer.layerName, layer.kind);
        if (!source) {
            report.warnings << core::Error{layer.path, layer.name, source.error().reason}.message();
            continue;
        }
        const QString crs = source.value()->crs().isEmpty() ? doc.crs : source.value()->crs();
        planned.lonLat = lonLatExtent(source.value()->extent(), crs);
        const QString type = source.value()->geometryType();
        if (type.contains(QLatin1String("Point"), Qt::CaseInsensitive))
            planned.geometry = "point";
        else if (type.contains(QLatin1String("Line"), Qt::CaseInsensitive))
            planned.geometry = "line";
        planned.tiled = layer.kind == core::LayerKind::Raster || source.value()->featureCount() > options.tilesAbove;
        if (planned.tiled)
            planned.tiles = tilesCovering(planned.lonLat, options.minZoom, options.maxZoom);
        plan << planned;
    }
    int total = 2;  // assets, then the move (or the zip)
    for (const PlannedLayer& p : plan)
        total += p.tiled ? int(p.tiles.size()) : 1;
    int done = 0;
    const auto step = [&](const QString& what) {
        if (progress)
            progress(done, total, what);
    };

    // 2. Build beside the target, so that nothing is lost if this fails.
    const QString parent = QFileInfo(outputDir).absolutePath();
    if (!QDir().mkpath(parent))
        return core::Error{parent, {}, tr("cannot create the folder")};
    QTemporaryDir staging(outputDir + QStringLiteral(".partial-XXXXXX"));
    if (!staging.isValid())
        return core::Error{parent, {}, tr("cannot create a working folder: %1").arg(staging.errorString())};
    const QString work = staging.path();
    // QTemporaryDir is private to its owner; a bundle is meant to be shared and served.
    QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    QByteArray layersJson;
    core::Extent dataBounds = core::Extent::null();
    for (const PlannedLayer& p : plan) {
        if (cancel.load())
            return cancelled();
        QByteArray json;
        if (p.tiled) {
            step(tr("Rendering tiles of %1").arg(p.render.name));
            const int before = done;
            const QString dir = QStringLiteral("tiles/%1").arg(p.id);
            const TileRenderOutcome outcome = renderTiles(p.render, p.tiles, work + QLatin1Char('/') + dir, cancel,
                                                          [&](int n) {
                                                              done = before + n;
                                                              step(tr("Rendering tiles of %1").arg(p.render.name));
                                                          });
            if (outcome.cancelled)
                return cancelled();
            if (!outcome.errors.isEmpty())
                return core::Error{p.render.path, p.render.name, outcome.errors.first().reason};
            report.tiles += int(outcome.written.size());
            ++report.tiledLayers;
            // The tiles that exist, so the page never asks for an empty one.
            QByteArray available;
            for (const TileCoord& t : outcome.written)
                available += (available.isEmpty() ? "\"" : ",\"") + QByteArray::number(t.z) + '/' +
                             QByteArray::number(t.x) + '/' + QByteArray::number(t.y) + '"';
            json = "{\"id\":" + jsonString(p.id) + ",\"name\":" + jsonString(p.render.name) +
                   ",\"type\":\"tiles\",\"url\":" + jsonString(dir + QStringLiteral("/{z}/{x}/{y}.png")) +
                   ",\"minZoom\":" + QByteArray::number(options.minZoom) +
                   ",\"maxZoom\":" + QByteArray::number(options.maxZoom) +
                   ",\"geometry\":\"" + p.geometry + "\",\"bounds\":" + boundsJson(p.lonLat) +
                   ",\"tiles\":[" + available + ']' +
                   ",\"style\":" + styleJson(p.render.style) + '}';
            dataBounds = dataBounds.united(p.lonLat);
        } else {
            step(tr("Writing %1").arg(p.render.name));
            auto source = openLayerSource(p.render.path, p.render.layerName, p.render.kind);
            if (!source)
                return core::Error{p.render.path, p.render.name, source.error().reason};
            auto written = writeVectorLayerJson(*source.value(), doc.crs, p.id, p.render.name, p.render.style,
                                                options.clusterAbove, options.coordinateDecimals, &cancel);
            if (cancel.load())
                return cancelled();
            if (!written)
                return core::Error{p.render.path, p.render.name, written.error().reason};
            json = written.value().json;
            report.features += written.value().features;
            ++report.vectorLayers;
            dataBounds = dataBounds.united(written.value().bounds);
            ++done;
        }
        // Which atlas layer this is, for the story pages' map views.
        json.insert(1, "\"uuid\":" + jsonString(p.uuid.toString(QUuid::WithoutBraces)) + ',' +
                           (p.hidden ? "\"visible\":false," : ""));
        layersJson += (layersJson.isEmpty() ? "" : ",") + json;
    }

    // 3. The fiches of the observatory, on top, then the page and its library.
    if (options.observations) {
        step(tr("Writing the observations"));
        WebObservationsRequest request{atlasPath, work, options.onlyPublished, options.stripPhotoMetadata,
                                       options.clusterAbove, options.coordinateDecimals};
        auto fiches = writeObservationsJson(request, &cancel);
        if (cancel.load())
            return cancelled();
        if (!fiches) {
            // The map is still worth having (a read-only atlas, say); say what is missing.
            report.warnings << tr("fiches not exported: %1").arg(fiches.error().message());
        } else if (!fiches.value().json.isEmpty()) {
            layersJson += (layersJson.isEmpty() ? "" : ",") + fiches.value().json;
            report.observations = fiches.value().features;
            report.features += fiches.value().features;
            report.photos = fiches.value().photos;
            ++report.vectorLayers;
            dataBounds = dataBounds.united(fiches.value().bounds);
        }
        if (fiches)
            report.warnings << fiches.value().warnings;
    }
    {  // always written: the map page loads it, and a missing file is an error in the console
        step(tr("Writing the publications"));
        WebBundleMedia media(atlasPath, work, options.stripPhotoMetadata);
        const WebStoriesJson written = storiesScript(atlasPath, stories, media, alone);
        if (auto s = writeFile(work + QStringLiteral("/data/stories.js"), written.script); !s)
            return s.error();
        report.warnings << written.warnings << media.warnings();
        report.stories = int(stories.size());
    }
    step(tr("Writing the page"));
    core::Extent view = lonLatExtent(doc.initialView, doc.crs);
    if (view.isNull())
        view = dataBounds;
    const QString title = options.title.isEmpty() ? doc.title : options.title;
    QByteArray metaJson = "{\"title\":" + jsonString(title) + ",\"author\":" + jsonString(options.author) +
                          ",\"date\":" + jsonString(QDate::currentDate().toString(Qt::ISODate)) +
                          ",\"licence\":" + jsonString(options.licence) +
                          ",\"attribution\":" + jsonString(options.attribution) +
                          ",\"lang\":" + jsonString(options.language) +
                          ",\"basemap\":" + (options.onlineBasemap ? "true" : "false");
    if (!view.isNull())
        metaJson += ",\"bounds\":" + boundsJson(view);
    metaJson += '}';
    const QByteArray data = "// Data of this map bundle, written by Atlas Territoires.\nwindow.ATLAS_DATA = {\"version\":1,\"meta\":" +
                            metaJson + ",\"layers\":[" + layersJson + "]};\n";
    if (auto s = writeFile(work + QStringLiteral("/data/atlas-data.js"), data); !s)
        return s.error();
    if (auto s = writeAssets(work, options, title, stories); !s)
        return s.error();
    ++done;
    if (cancel.load())
        return cancelled();

    // 4. Move into place (replacing an older bundle), then zip.
    step(tr("Finishing the bundle"));
    if (QFileInfo::exists(outputDir) && !QDir(outputDir).removeRecursively())
        return core::Error{outputDir, {}, tr("cannot replace the previous bundle")};
    if (!QDir().rename(work, outputDir))
        return core::Error{outputDir, {}, tr("cannot move the bundle into place")};
    staging.setAutoRemove(false);
    report.indexPath = outputDir + QStringLiteral("/index.html");
    report.bytes = folderSize(outputDir);
    if (options.zip) {
        const QString zipPath = outputDir + QStringLiteral(".zip");
        if (auto s = zipFolder(outputDir, zipPath, &cancel); !s)
            return s.error();
        report.zipPath = zipPath;
    }
    done = total;
    step(tr("Done"));
    report.elapsedMs = timer.elapsed();
    return report;
}

}  // namespace atlas::gis
