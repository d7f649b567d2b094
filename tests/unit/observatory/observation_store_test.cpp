// gis::ObservationStore on a real SpatiaLite atlas: round trip, tombstones, change-log rows
// per edit, filters, commune from a boundary layer, accent-free FR/NL full-text search.

#include "core/model/wkb_point.h"
#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"
#include "observatory_fixture.h"
#include "support/test_support.h"

using namespace atlas;
using core::ObservationKind;
using atlas::test::ObservatoryFixture;
using atlas::test::sqlValue;

TEST_CASE("The observatory schema has a spatial geometry column, its index and FTS5", "[observatory][store]")
{
    ObservatoryFixture f;
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM geometry_columns WHERE f_table_name = 'observations' "
                             "AND f_geometry_column = 'geom' AND srid = 4326 AND spatial_index_enabled = 1") == "1");
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM sqlite_master WHERE name = 'idx_observations_geom'") == "1");
    CHECK(sqlValue(*f.store, "SELECT sql LIKE '%remove_diacritics 2%' FROM sqlite_master "
                             "WHERE name = 'observation_fts'") == "1");
    CHECK(sqlValue(*f.store, "PRAGMA journal_mode") == "wal");
}

TEST_CASE("A fiche round-trips through the store with its identity", "[observatory][store]")
{
    ObservatoryFixture f;
    core::Observation o = ObservatoryFixture::fiche(ObservationKind::Project, QStringLiteral("Nouvelle mairie"),
                                                    QStringLiteral("Nieuw gemeentehuis"), 2.551, 50.841);
    o.descriptionFr = QStringLiteral("Projet pilote");
    o.themes = {QStringLiteral("architecture")};
    o.dateStart = QDate(2018, 1, 1);
    o.dateEnd = QDate(2021, 12, 31);
    o.author = QStringLiteral("CAUE");
    o.status = core::ObservationStatus::Proposed;
    o.scope = core::SharingScope::Group;
    o.tags = {QStringLiteral("mairie")};
    o.links = {QUuid::createUuid()};
    auto saved = f.store->saveObservation(o);
    REQUIRE(saved.ok());
    CHECK(saved.value().identity.version == 1);

    // Read back through a new connection, as after a restart.
    f.store.reset();
    auto reopened = gis::ObservationStore::open(f.atlasPath);
    REQUIRE(reopened.ok());
    auto back = reopened.value()->observation(o.identity.uuid);
    REQUIRE(back.ok());
    CHECK(back.value().sameContent(o));
    CHECK(back.value().identity.version == 1);
    CHECK(back.value().identity.modified.isValid());
    const auto p = core::wkbPoint(back.value().geometryWkb);
    REQUIRE(p.has_value());
    CHECK(p->x() == Approx(2.551));
    CHECK(sqlValue(*reopened.value(), "SELECT ST_AsText(geom) FROM observations") == "POINT(2.551 50.841)");
}

TEST_CASE("Lines and polygons are stored as SpatiaLite geometries; bad WKB is refused", "[observatory][store]")
{
    ObservatoryFixture f;
    core::Observation o = core::Observation::create(ObservationKind::Landmark);
    o.titleFr = QStringLiteral("Chemin");
    // LINESTRING(2 50, 3 51) little-endian.
    o.geometryWkb = QByteArray::fromHex("010200000002000000000000000000004000000000000049400000000000000840"
                                        "0000000000804940");
    REQUIRE(f.store->saveObservation(o).ok());
    CHECK(sqlValue(*f.store, "SELECT ST_AsText(geom) FROM observations") == "LINESTRING(2 50, 3 51)");

    core::Observation bad = core::Observation::create(ObservationKind::Landmark);
    bad.geometryWkb = QByteArray("garbage");
    auto refused = f.store->saveObservation(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason.contains("WKB"));
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM observations") == "1");
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM change_log") == "1");
}

TEST_CASE("Every insert, update and delete writes one change-log row with old and new values",
          "[observatory][store][changelog]")
{
    ObservatoryFixture f;
    core::Observation o = ObservatoryFixture::fiche(ObservationKind::Landmark, QStringLiteral("Moulin"), {});
    REQUIRE(f.store->saveObservation(o).ok());
    o.titleNl = QStringLiteral("Molen");
    auto v2 = f.store->saveObservation(o);
    REQUIRE(v2.ok());
    CHECK(v2.value().identity.version == 2);
    // Saving the same content again changes nothing and logs nothing.
    REQUIRE(f.store->saveObservation(o).ok());
    REQUIRE(f.store->removeObservation(o.identity.uuid).ok());

    auto log = gis::readChangeLog(f.store->database());
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 3);
    const auto& ins = log.value()[0];
    const auto& upd = log.value()[1];
    const auto& del = log.value()[2];
    CHECK(ins.operation == "insert");
    CHECK(ins.baseVersion == 0);
    CHECK(ins.changes.value("title_fr").toObject().value("new").toString() == "Moulin");
    CHECK(upd.operation == "update");
    CHECK(upd.baseVersion == 1);
    CHECK(upd.newVersion == 2);
    CHECK(upd.changes.keys() == QStringList{"title_nl"});
    CHECK(upd.changes.value("title_nl").toObject().value("old").toString() == "");
    CHECK(upd.changes.value("title_nl").toObject().value("new").toString() == "Molen");
    CHECK(del.operation == "delete");
    CHECK(del.baseVersion == 2);
    for (const auto& e : log.value()) {
        CHECK(e.record == o.identity.uuid);
        CHECK_FALSE(e.opUuid.isNull());
    }
    CHECK(ins.opUuid != upd.opUuid);

    // The tombstone stays, out of lists.
    auto tomb = f.store->observation(o.identity.uuid);
    REQUIRE(tomb.ok());
    CHECK(tomb.value().identity.deleted);
    CHECK(tomb.value().identity.version == 3);
    CHECK(f.store->count({}).value() == 0);
}

TEST_CASE("A failed write leaves neither the record nor its change-log row", "[observatory][store][changelog]")
{
    ObservatoryFixture f;
    // Make the change-log insert fail: the fiche must not be written either.
    REQUIRE(f.store->database().exec("CREATE TRIGGER refuse BEFORE INSERT ON change_log "
                                     "BEGIN SELECT RAISE(ABORT, 'log is full'); END").ok());
    auto saved = f.store->saveObservation(ObservatoryFixture::fiche(ObservationKind::Landmark, "Beffroi", "Belfort"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().reason.contains("log is full"));
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM observations") == "0");
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM observation_fts") == "0");
}

TEST_CASE("Filters: kind, status, theme, commune, date range", "[observatory][store]")
{
    ObservatoryFixture f;
    f.addCommunes();
    auto a = ObservatoryFixture::fiche(ObservationKind::Project, "Église", "Kerk", 2.83, 50.78);
    a.themes = {QStringLiteral("heritage"), QStringLiteral("public space")};
    a.dateStart = QDate(2016, 11, 25);
    auto b = ObservatoryFixture::fiche(ObservationKind::Realisation, "Places de Bergues", "Pleinen", 2.434, 50.968);
    b.status = core::ObservationStatus::Published;
    b.dateStart = QDate(2019, 1, 1);
    b.dateEnd = QDate(2021, 9, 28);
    auto c = ObservatoryFixture::fiche(ObservationKind::Project, "Hors zone", "Buiten", 1.0, 45.0);
    for (const auto& o : {a, b, c})
        REQUIRE(f.store->saveObservation(o).ok());

    // Communes come from the boundary layer; outside every polygon, none.
    CHECK(f.store->observation(a.identity.uuid).value().commune == "Kemmel");
    CHECK(f.store->observation(b.identity.uuid).value().commune == "Bergues");
    CHECK(f.store->observation(c.identity.uuid).value().commune == "");

    gis::ObservationFilter filter;
    filter.kind = ObservationKind::Project;
    CHECK(f.store->count(filter).value() == 2);
    filter = {};
    filter.status = core::ObservationStatus::Published;
    REQUIRE(f.store->list(filter).value().size() == 1);
    CHECK(f.store->list(filter).value().first().identity.uuid == b.identity.uuid);
    filter = {};
    filter.theme = QStringLiteral("public space");
    CHECK(f.store->count(filter).value() == 1);
    filter.theme = QStringLiteral("space");  // a theme is matched whole
    CHECK(f.store->count(filter).value() == 0);
    filter = {};
    filter.commune = QStringLiteral("Bergues");
    CHECK(f.store->count(filter).value() == 1);
    filter = {};
    filter.from = QDate(2020, 1, 1);  // b's period reaches into 2021
    filter.to = QDate(2020, 12, 31);
    REQUIRE(f.store->list(filter).value().size() == 1);
    CHECK(f.store->list(filter).value().first().identity.uuid == b.identity.uuid);
    filter = {};
    filter.limit = 2;
    CHECK(f.store->list(filter).value().size() == 2);
    CHECK(f.store->count(filter).value() == 3);
}

TEST_CASE("A boundary layer that is missing or has no such field is refused clearly", "[observatory][store]")
{
    ObservatoryFixture f;
    auto none = f.store->setBoundaryLayer(QStringLiteral("nowhere"), QStringLiteral("name"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().location == "nowhere");
    f.addCommunes();
    auto field = f.store->setBoundaryLayer(QStringLiteral("communes"), QStringLiteral("nom"));
    REQUIRE_FALSE(field.ok());
    CHECK(field.error().reason.contains("nom"));
    CHECK(f.store->polygonTables() == QStringList{"communes"});
    CHECK(f.store->textFields(QStringLiteral("communes")).contains("name"));
    // An invalid choice keeps the earlier valid one.
    CHECK(f.store->communeAt(core::pointWkb(2.83, 50.78)) == "Kemmel");
}

TEST_CASE("Full-text search is accent- and case-insensitive in French and Dutch, ranked", "[observatory][store][fts]")
{
    ObservatoryFixture f;
    auto kemmel = ObservatoryFixture::fiche(ObservationKind::Project, "Nouvelle destination pour l'église de Kemmel",
                                            "Nieuwe bestemming voor de kerk van Kemmel");
    auto kiosk = ObservatoryFixture::fiche(ObservationKind::Realisation, "Kiosque de Poix-du-Nord",
                                           "Kiosk van Poix-du-Nord");
    kiosk.descriptionFr = QStringLiteral("Près de l'Église Saint-Martin");
    auto school = ObservatoryFixture::fiche(ObservationKind::Project, "École bilingue de Wylder",
                                            "Tweetalige school Wylder");
    school.tags = {QStringLiteral("enseignement")};
    for (const auto& o : {kemmel, kiosk, school})
        REQUIRE(f.store->saveObservation(o).ok());

    const auto search = [&](const QString& text) {
        gis::ObservationFilter filter;
        filter.text = text;
        QList<QUuid> ids;
        const auto found = f.store->list(filter);
        for (const auto& o : found.value())
            ids << o.identity.uuid;
        return ids;
    };
    // "eglise" finds "église" and "Église"; the title match ranks above the description one.
    CHECK(search("eglise") == QList<QUuid>{kemmel.identity.uuid, kiosk.identity.uuid});
    CHECK(search("ÉGLISE") == search("eglise"));
    CHECK(search("kerk") == QList<QUuid>{kemmel.identity.uuid});
    CHECK(search("Kerk van Kemmel") == QList<QUuid>{kemmel.identity.uuid});
    CHECK(search("ecole") == QList<QUuid>{school.identity.uuid});
    CHECK(search("tweetal") == QList<QUuid>{school.identity.uuid});  // words are prefixes while typing
    CHECK(search("enseignement") == QList<QUuid>{school.identity.uuid});
    CHECK(search("kathedraal").isEmpty());
    // Quotes and operators typed by a user are words, not syntax errors.
    CHECK(search("\"kerk\" (") == QList<QUuid>{kemmel.identity.uuid});

    // Edits and deletions reach the index.
    kiosk.descriptionFr.clear();
    REQUIRE(f.store->saveObservation(kiosk).ok());
    CHECK(search("eglise") == QList<QUuid>{kemmel.identity.uuid});
    REQUIRE(f.store->removeObservation(kemmel.identity.uuid).ok());
    CHECK(search("kerk").isEmpty());
}

TEST_CASE("Media captions are searched through the fiches that show them", "[observatory][store][fts]")
{
    ObservatoryFixture f;
    auto fiche = ObservatoryFixture::fiche(ObservationKind::Landmark, "Moulin", "Molen");
    REQUIRE(f.store->saveObservation(fiche).ok());
    core::MediaItem m = core::MediaItem::create();
    m.sha256 = QString(64, QLatin1Char('a'));
    m.fileName = QStringLiteral("moulin.jpg");
    m.mime = QStringLiteral("image/jpeg");
    m.caption = QStringLiteral("Vue depuis le fossé");
    auto saved = f.store->saveMedia(m);
    REQUIRE(saved.ok());
    REQUIRE(f.store->linkMedia(fiche.identity.uuid, saved.value().identity.uuid).ok());
    REQUIRE(f.store->linkMedia(fiche.identity.uuid, saved.value().identity.uuid).ok());  // twice: once
    CHECK(f.store->mediaOf(fiche.identity.uuid).value().size() == 1);

    gis::ObservationFilter filter;
    filter.text = QStringLiteral("fosse");
    CHECK(f.store->count(filter).value() == 1);
    // A caption edit reaches the index of the fiche.
    m.caption = QStringLiteral("Vue d'hiver");
    REQUIRE(f.store->saveMedia(m).ok());
    CHECK(f.store->count(filter).value() == 0);
    filter.text = QStringLiteral("hiver");
    CHECK(f.store->count(filter).value() == 1);

    auto missing = f.store->linkMedia(fiche.identity.uuid, QUuid::createUuid());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().reason.contains("media"));
    auto log = gis::readChangeLog(f.store->database());
    REQUIRE(log.ok());
    QStringList tables;
    for (const auto& e : log.value())
        tables << e.table + ":" + e.operation;
    CHECK(tables == QStringList{"observations:insert", "media:insert", "observation_media:insert", "media:update"});
}

TEST_CASE("Themes start with the eight defaults and can be edited", "[observatory][store]")
{
    ObservatoryFixture f;
    CHECK(f.store->themes() == core::defaultThemes());
    QStringList themes = core::defaultThemes();
    themes << QStringLiteral("agriculture");
    REQUIRE(f.store->setThemes(themes).ok());
    CHECK(f.store->themes().last() == "agriculture");
}
