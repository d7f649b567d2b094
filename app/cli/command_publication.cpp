// atlas-cli publication add|list and export-story: story maps of an atlas, written from a
// JSON file that may name layers, fiches and media instead of giving their UUIDs, and
// exported alone as a web page beside its map.

#include "cli_support.h"
#include "gis/formats/web_bundle_exporter.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace atlas::cli {
namespace {

// What names in the JSON file can stand for.
struct Names {
    QHash<QString, QUuid> layers, fiches, media;
};

Names namesOf(const core::AtlasDocument& doc, gis::ObservationStore& store)
{
    Names n;
    for (const core::LayerSpec& l : doc.layers)
        n.layers.insert(l.name, l.identity.uuid);
    if (auto fiches = store.list(gis::ObservationFilter{}))
        for (const core::Observation& o : fiches.value()) {
            n.fiches.insert(o.titleNl, o.identity.uuid);
            n.fiches.insert(o.titleFr, o.identity.uuid);
        }
    if (auto media = store.listMedia())
        for (const core::MediaItem& m : media.value()) {
            n.media.insert(m.fileName, m.identity.uuid);
            if (!m.title.isEmpty())
                n.media.insert(m.title, m.identity.uuid);
        }
    n.layers.remove({});
    n.fiches.remove({});
    return n;
}

// Replaces each name of `array` by the UUID it stands for; UUIDs are kept as they are.
core::Result<QJsonArray> resolve(const QJsonArray& array, const QHash<QString, QUuid>& names, const QString& where,
                                 const char* what)
{
    QJsonArray out;
    for (const QJsonValue& v : array) {
        const QString text = v.toString();
        if (!QUuid::fromString(text).isNull()) {
            out << text;
            continue;
        }
        if (!names.contains(text))
            return core::Error{{}, where, QStringLiteral("no %1 named '%2' in the atlas").arg(QLatin1String(what), text)};
        out << names.value(text).toString(QUuid::WithoutBraces);
    }
    return out;
}

// Fills in the UUIDs a hand-written file leaves out and resolves names.
core::Result<QJsonObject> completed(QJsonObject json, const Names& names)
{
    if (!json.contains(QStringLiteral("uuid")))
        json.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
    for (int i = 0; i < sections.size(); ++i) {
        QJsonObject s = sections[i].toObject();
        const QString where = QStringLiteral("sections[%1]").arg(i);
        if (!s.contains(QStringLiteral("id")))
            s.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto media = resolve(s.value(QStringLiteral("media")).toArray(), names.media, where + QStringLiteral(".media"),
                             "media file");
        if (!media)
            return media.error();
        s.insert(QStringLiteral("media"), media.value());
        if (s.contains(QStringLiteral("view"))) {
            QJsonObject v = s.value(QStringLiteral("view")).toObject();
            auto layers = resolve(v.value(QStringLiteral("layers")).toArray(), names.layers,
                                  where + QStringLiteral(".view.layers"), "layer");
            if (!layers)
                return layers.error();
            auto fiches = resolve(v.value(QStringLiteral("fiches")).toArray(), names.fiches,
                                  where + QStringLiteral(".view.fiches"), "fiche");
            if (!fiches)
                return fiches.error();
            v.insert(QStringLiteral("layers"), layers.value());
            v.insert(QStringLiteral("fiches"), fiches.value());
            s.insert(QStringLiteral("view"), v);
        }
        sections[i] = s;
    }
    json.insert(QStringLiteral("sections"), sections);
    return json;
}

int addPublication(const QStringList& args)
{
    QCommandLineParser p;
    if (!parseOrExplain(p, args, 2, QStringLiteral("publication add ATLAS FILE.json")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0), file = p.positionalArguments().at(1);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(core::Error{file, {}, f.errorString()});
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!json.isObject())
        return fail(core::Error{file, QStringLiteral("offset %1").arg(parseError.offset),
                                parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                                             : parseError.errorString()});
    if (!gis::isAtlasFile(atlasPath))
        return fail(core::Error{atlasPath, {}, QStringLiteral("not an atlas file (create one with 'atlas-cli new')")});
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    auto store = gis::ObservationStore::open(atlasPath);
    if (!store)
        return fail(store.error());
    auto full = completed(json.object(), namesOf(doc.value(), *store.value()));
    if (!full)
        return fail(core::Error{file, full.error().location, full.error().reason});
    auto publication = core::publicationFromJson(full.value());
    if (!publication)
        return fail(core::Error{file, publication.error().location, publication.error().reason});
    auto saved = gis::PublicationStore(store.value()->database()).save(publication.value());
    if (!saved)
        return fail(saved.error());
    out() << saved.value().identity.uuid.toString(QUuid::WithoutBraces) << ' ' << saved.value().title(QStringLiteral("fr"))
          << " (" << saved.value().sections.size() << " section(s))\n" << Qt::flush;
    return 0;
}

core::Result<QList<core::Publication>> publicationsOf(const QString& atlasPath)
{
    auto store = gis::ObservationStore::open(atlasPath);
    if (!store)
        return store.error();
    return gis::PublicationStore(store.value()->database()).list();
}

int listPublications(const QStringList& args)
{
    QCommandLineParser p;
    if (!parseOrExplain(p, args, 1, QStringLiteral("publication list ATLAS")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    auto list = publicationsOf(p.positionalArguments().first());
    if (!list)
        return fail(list.error());
    for (const core::Publication& pub : list.value())
        out() << pub.identity.uuid.toString(QUuid::WithoutBraces) << ' ' << pub.titleFr << " / " << pub.titleNl << " ("
              << pub.sections.size() << " section(s))\n";
    out() << Qt::flush;
    return 0;
}

}  // namespace

int runPublication(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return addPublication(args.mid(1));
    if (sub == QLatin1String("list"))
        return listPublications(args.mid(1));
    err() << "usage: atlas-cli publication add ATLAS FILE.json | list ATLAS\n"
             "  FILE.json: {\"title_fr\", \"title_nl\", \"sections\": [{\"title_fr\", \"title_nl\", \"text_fr\", \"text_nl\",\n"
             "              \"media\": [file name], \"view\": {\"extent\": [x0, y0, x1, y1], \"crs\": \"EPSG:4326\",\n"
             "              \"layers\": [layer name], \"fiches\": [fiche title]}}]}\n"
          << Qt::flush;
    return 2;
}

int runExportStory(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("lang"), QStringLiteral("First language of the page: fr, nl or en (default fr)."),
                 QStringLiteral("fr|nl|en"), QStringLiteral("fr")});
    p.addOption({QStringLiteral("zip"), QStringLiteral("Also write OUTDIR.zip.")});
    p.addOption({QStringLiteral("all-fiches"), QStringLiteral("Export every fiche, not only the published public ones.")});
    p.addOption({QStringLiteral("keep-photo-metadata"), QStringLiteral("Copy photos as they are, EXIF included.")});
    const QString usage = QStringLiteral("export-story ATLAS PUBLICATION OUTDIR [--lang fr|nl|en] [--zip] [--all-fiches] "
                                         "[--keep-photo-metadata]   (PUBLICATION: its UUID or title)");
    if (!parseOrExplain(p, args, 3, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0), wanted = p.positionalArguments().at(1);
    gis::WebBundleOptions options;
    options.outputDir = p.positionalArguments().at(2);
    options.language = p.value(QStringLiteral("lang"));
    if (!QStringList{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")}.contains(options.language))
        return fail(QStringLiteral("--lang must be fr, nl or en, not '%1'").arg(options.language));
    options.zip = p.isSet(QStringLiteral("zip"));
    options.onlyPublished = !p.isSet(QStringLiteral("all-fiches"));
    options.stripPhotoMetadata = !p.isSet(QStringLiteral("keep-photo-metadata"));
    if (!gis::isAtlasFile(atlasPath))
        return fail(core::Error{atlasPath, {}, QStringLiteral("not an atlas file (create one with 'atlas-cli new')")});
    auto list = publicationsOf(atlasPath);
    if (!list)
        return fail(list.error());
    for (const core::Publication& pub : list.value())
        if (pub.identity.uuid == QUuid::fromString(wanted) || pub.titleFr.compare(wanted, Qt::CaseInsensitive) == 0 ||
            pub.titleNl.compare(wanted, Qt::CaseInsensitive) == 0)
            options.storyAlone = pub.identity.uuid;
    if (options.storyAlone.isNull())
        return fail(core::Error{atlasPath, wanted, QStringLiteral("no publication with this UUID or title "
                                                                  "('atlas-cli publication list' shows them)")});
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc.value(), atlasPath, options, {}, never);
    if (!report)
        return fail(report.error());
    for (const QString& w : report.value().warnings)
        err() << "atlas-cli: warning: " << w << Qt::endl;
    out() << "story page: " << report.value().indexPath << " (" << report.value().vectorLayers << " vector layer(s), "
          << report.value().elapsedMs << " ms)\n";
    if (!report.value().zipPath.isEmpty())
        out() << "zip: " << report.value().zipPath << "\n";
    out() << Qt::flush;
    return report.value().warnings.isEmpty() ? 0 : 1;
}

}  // namespace atlas::cli
