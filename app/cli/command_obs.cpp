// atlas-cli obs add|list|import|boundaries: the fiches of the observatory, for scripts and tests.

#include "cli_support.h"
#include "core/model/observation_json.h"
#include "core/model/wkb_point.h"
#include "gis/formats/observation_csv.h"
#include "gis/geometry/geometry_validity.h"
#include "gis/media/media_import.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/sqlite_database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QJsonDocument>

namespace atlas::cli {
namespace {

int addFiche(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("kind", "landmark, project, realisation or action.", "kind"));
    p.addOption(option("title-fr", "Title in French.", "text"));
    p.addOption(option("title-nl", "Title in Dutch.", "text"));
    p.addOption(option("description-fr", "Description in French.", "text"));
    p.addOption(option("description-nl", "Description in Dutch.", "text"));
    p.addOption(option("lon", "Longitude (WGS 84).", "deg"));
    p.addOption(option("lat", "Latitude (WGS 84).", "deg"));
    p.addOption(option("wkt", "Geometry as WKT in WGS 84 lon/lat: a point, line or polygon.", "text"));
    p.addOption(option("theme", "A theme (repeatable).", "theme"));
    p.addOption(option("tag", "A free tag (repeatable).", "tag"));
    p.addOption(option("date", "Date, or start of the period (YYYY-MM-DD).", "date"));
    p.addOption(option("end", "End of the period (YYYY-MM-DD).", "date"));
    p.addOption(option("author", "Author.", "name"));
    p.addOption(option("status", "draft, proposed or published.", "status"));
    p.addOption(option("scope", "private, group, community or public.", "scope"));
    p.addOption(option("photo", "A photo or document to attach (repeatable).", "file"));
    p.addOption(option("json", "Print the stored fiche as JSON."));
    const QString usage = QStringLiteral(
        "obs add ATLAS --kind K [--title-fr T] [--title-nl T] --lon X --lat Y [--photo FILE...] [options]");
    if (!parseOrExplain(p, args, 1, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().first();

    std::optional<core::ObservationKind> kind;
    std::optional<core::ObservationStatus> status;
    std::optional<core::SharingScope> scope;
    if (!p.isSet(QStringLiteral("kind")))
        return fail(QStringLiteral("--kind is required (%1)").arg(core::kindNames().join(QStringLiteral(", "))));
    if (!enumOption(p, "kind", &core::kindFromName, kind) || !enumOption(p, "status", &core::statusFromName, status) ||
        !enumOption(p, "scope", &core::scopeFromName, scope))
        return 2;
    core::Observation o = core::Observation::create(*kind);
    o.titleFr = p.value(QStringLiteral("title-fr"));
    o.titleNl = p.value(QStringLiteral("title-nl"));
    if (o.titleFr.isEmpty() && o.titleNl.isEmpty())
        return fail(QStringLiteral("a fiche needs a title: --title-fr or --title-nl"));
    o.descriptionFr = p.value(QStringLiteral("description-fr"));
    o.descriptionNl = p.value(QStringLiteral("description-nl"));
    o.themes = p.values(QStringLiteral("theme"));
    o.tags = p.values(QStringLiteral("tag"));
    o.author = p.value(QStringLiteral("author"));
    o.status = status.value_or(core::ObservationStatus::Draft);
    o.scope = scope.value_or(core::SharingScope::Private);
    if (!dateOption(p, "date", o.dateStart) || !dateOption(p, "end", o.dateEnd))
        return 2;
    if (p.isSet(QStringLiteral("lon")) != p.isSet(QStringLiteral("lat")))
        return fail(QStringLiteral("give both --lon and --lat"));
    if (p.isSet(QStringLiteral("lon"))) {
        bool okX = false, okY = false;
        const double x = p.value(QStringLiteral("lon")).toDouble(&okX);
        const double y = p.value(QStringLiteral("lat")).toDouble(&okY);
        if (!okX || !okY || x < -180 || x > 180 || y < -90 || y > 90)
            return fail(QStringLiteral("--lon/--lat: '%1, %2' is not a WGS 84 position")
                            .arg(p.value(QStringLiteral("lon")), p.value(QStringLiteral("lat"))));
        o.geometryWkb = core::pointWkb(x, y);
    }
    if (p.isSet(QStringLiteral("wkt"))) {
        if (p.isSet(QStringLiteral("lon")))
            return fail(QStringLiteral("give either --lon/--lat or --wkt, not both"));
        auto wkb = gis::wkbFromWkt(p.value(QStringLiteral("wkt")));
        if (!wkb)
            return fail(QStringLiteral("--wkt: %1").arg(wkb.error().message()));
        o.geometryWkb = wkb.value();
    }
    auto store = gis::ObservationStore::open(atlasPath);
    if (!store)
        return fail(store.error());
    gis::ObservationStore& s = *store.value();
    const gis::MediaStore files(atlasPath);
    core::Observation stored;
    // The fiche and its photos together, or nothing.
    auto done = s.batch([&]() -> core::Status {
        auto saved = s.saveObservation(o);
        if (!saved)
            return saved.error();
        stored = saved.value();
        for (const QString& photo : p.values(QStringLiteral("photo"))) {
            gis::MediaImportOptions options;
            options.attachTo = stored.identity.uuid;
            auto imported = gis::importMedia(s, files, photo, options);
            if (!imported)
                return imported.error();
        }
        return core::Done{};
    });
    if (!done)
        return fail(done.error());
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(core::observationToJson(stored)).toJson(QJsonDocument::Indented);
    else
        out() << stored.identity.uuid.toString(QUuid::WithoutBraces) << "\n";
    out() << Qt::flush;
    return 0;
}

int listFiches(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("search", "Words searched in titles, descriptions, tags, captions (FR and NL).", "text"));
    p.addOption(option("kind", "Only this kind.", "kind"));
    p.addOption(option("status", "Only this status.", "status"));
    p.addOption(option("theme", "Only fiches with this theme.", "theme"));
    p.addOption(option("commune", "Only fiches in this commune.", "name"));
    p.addOption(option("from", "Dated on or after (YYYY-MM-DD).", "date"));
    p.addOption(option("to", "Dated on or before (YYYY-MM-DD).", "date"));
    p.addOption(option("limit", "At most this many.", "n"));
    p.addOption(option("lang", "Language of the titles printed (fr or nl).", "lang"));
    p.addOption(option("json", "Print one JSON array of fiches (with their media)."));
    if (!parseOrExplain(p, args, 1, QStringLiteral("obs list ATLAS [--search TEXT] [--kind K] [--json] [options]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    gis::ObservationFilter filter;
    if (!enumOption(p, "kind", &core::kindFromName, filter.kind) ||
        !enumOption(p, "status", &core::statusFromName, filter.status) || !dateOption(p, "from", filter.from) ||
        !dateOption(p, "to", filter.to))
        return 2;
    filter.text = p.value(QStringLiteral("search"));
    filter.theme = p.value(QStringLiteral("theme"));
    filter.commune = p.value(QStringLiteral("commune"));
    filter.limit = p.value(QStringLiteral("limit")).toInt();
    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    const auto found = store.value()->list(filter);
    if (!found)
        return fail(found.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const core::Observation& o : found.value()) {
            QJsonObject json = core::observationToJson(o);
            QJsonArray media;
            const auto linked = store.value()->mediaOf(o.identity.uuid);
            for (const core::MediaItem& m : linked ? linked.value() : QList<core::MediaItem>())
                media << QJsonObject{{QStringLiteral("uuid"), m.identity.uuid.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("sha256"), m.sha256},
                                     {QStringLiteral("file_name"), m.fileName},
                                     {QStringLiteral("caption"), m.caption}};
            json.insert(QStringLiteral("media"), media);
            array << json;
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    const QString lang = p.value(QStringLiteral("lang")).isEmpty() ? QStringLiteral("fr") : p.value(QStringLiteral("lang"));
    for (const core::Observation& o : found.value()) {
        out() << o.identity.uuid.toString(QUuid::WithoutBraces) << "  " << core::kindName(o.kind).leftJustified(11)
              << "  " << o.title(lang);
        if (!o.commune.isEmpty())
            out() << "  (" << o.commune << ")";
        out() << "\n";
    }
    out() << found.value().size() << " fiche(s)\n" << Qt::flush;
    return 0;
}

int importFiches(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("status", "Status of the new fiches (default published).", "status"));
    p.addOption(option("scope", "Sharing scope of the new fiches (default public).", "scope"));
    if (!parseOrExplain(p, args, 2, QStringLiteral("obs import ATLAS FILE.csv [--status S] [--scope S]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    std::optional<core::ObservationStatus> status;
    std::optional<core::SharingScope> scope;
    if (!enumOption(p, "status", &core::statusFromName, status) || !enumOption(p, "scope", &core::scopeFromName, scope))
        return 2;
    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    auto written = gis::importObservationCsv(*store.value(), p.positionalArguments().at(1),
                                             status.value_or(core::ObservationStatus::Published),
                                             scope.value_or(core::SharingScope::Public));
    if (!written)
        return fail(written.error());
    out() << "imported " << written.value() << " fiche(s) from " << p.positionalArguments().at(1) << Qt::endl;
    return 0;
}

// The atlas table behind a layer name (owned layers keep their table in source_layer).
QString tableOfLayer(gis::SqliteDatabase& db, const QString& name)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT source_layer FROM atlas_layers WHERE name = ? AND source_path = '' AND deleted = 0"));
    return q && q.value().bind(1, name).step() ? q.value().text(0) : name;
}

int setBoundaries(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("field", "The field naming each unit (default: name).", "field"));
    if (!parseOrExplain(p, args, 2, QStringLiteral("obs boundaries ATLAS LAYER [--field NAME]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    auto opened = gis::ObservationStore::open(p.positionalArguments().first());
    if (!opened)
        return fail(opened.error());
    gis::ObservationStore& store = *opened.value();
    const QString field = p.isSet(QStringLiteral("field")) ? p.value(QStringLiteral("field")) : QStringLiteral("name");
    const QString table = tableOfLayer(store.database(), p.positionalArguments().at(1));
    if (auto s = store.setBoundaryLayer(table, field); !s)
        return fail(s.error());
    // Fiches made before the layer was chosen get their commune now.
    int filled = 0;
    auto all = store.list({});
    if (!all)
        return fail(all.error());
    auto s = store.batch([&]() -> core::Status {
        for (const core::Observation& o : all.value()) {
            if (!o.commune.isEmpty() || o.geometryWkb.isEmpty() || store.communeAt(o.geometryWkb).isEmpty())
                continue;
            auto saved = store.saveObservation(o);
            if (!saved)
                return saved.error();
            ++filled;
        }
        return core::Done{};
    });
    if (!s)
        return fail(s.error());
    out() << "communes from '" << table << "' (" << field << "); " << filled << " fiche(s) filled in" << Qt::endl;
    return 0;
}

}  // namespace

int runObs(const QStringList& args)
{
    // Decoders warn about damaged images on stderr; the command reports them itself, once.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return addFiche(rest);
    if (sub == QLatin1String("list"))
        return listFiches(rest);
    if (sub == QLatin1String("import"))
        return importFiches(rest);
    if (sub == QLatin1String("boundaries"))
        return setBoundaries(rest);
    const bool asked = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    (asked ? out() : err()) << "usage: atlas-cli obs add|list|import|boundaries ATLAS ...\n"
                               "  add ATLAS --kind K --title-fr T --title-nl T --lon X --lat Y [--photo FILE...]\n"
                               "  list ATLAS [--search TEXT] [--kind K] [--json]\n"
                               "  import ATLAS FILE.csv   (name,country,lon,lat,kind,title_nl,title_fr,source)\n"
                               "  boundaries ATLAS LAYER [--field NAME]   the layer that names communes\n"
                            << Qt::flush;
    return asked ? 0 : 2;
}

}  // namespace atlas::cli
