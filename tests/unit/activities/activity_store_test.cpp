// Activities in a real atlas file: versions, tombstones, change-log rows written in the
// same transaction, filters; the rows read back the way an outside tool sees them.

#include "../observatory/observatory_fixture.h"
#include "core/model/wkb_point.h"
#include "gis/store/activity_store.h"
#include "gis/store/atlas_schema.h"
#include "gis/store/change_log.h"
#include "gis/sync/sync_outbox.h"
#include "support/test_support.h"

using namespace atlas;
using namespace atlas::test;
using core::Activity;
using core::ActivityStatus;
using core::ActivityType;

namespace {

Activity activity(ActivityType type, const QString& title, QDate start, ActivityStatus status = ActivityStatus::Planned)
{
    Activity a = Activity::create(type);
    a.titleFr = title;
    a.start = start;
    a.status = status;
    return a;
}

}  // namespace

TEST_CASE("saving an activity versions it and logs the change in one go", "[activities]")
{
    ObservatoryFixture f;
    gis::ActivityStore store(f.store->database());
    Activity a = activity(ActivityType::Workshop, QStringLiteral("Atelier"), QDate(2025, 5, 1));
    a.locationWkb = core::pointWkb(2.9, 50.7);
    a.budget = 800;
    auto saved = store.save(a);
    REQUIRE(saved.ok());
    CHECK(saved.value().identity.version == 1);
    CHECK(sqlValue(*f.store, QStringLiteral("SELECT COUNT(*) FROM activities")) == QStringLiteral("1"));
    // The location is real WKB that SpatiaLite reads as a point.
    CHECK(sqlValue(*f.store, QStringLiteral("SELECT AsText(GeomFromWKB(location)) FROM activities")) ==
          QStringLiteral("POINT(2.9 50.7)"));

    // Same content again: no new version, no new log row.
    CHECK(store.save(saved.value()).value().identity.version == 1);
    Activity changed = saved.value();
    changed.status = ActivityStatus::Done;
    CHECK(store.save(changed).value().identity.version == 2);

    auto log = gis::readChangeLog(f.store->database(), 0, a.identity.uuid);
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 2);
    CHECK(log.value()[0].table == QStringLiteral("activities"));
    CHECK(log.value()[0].operation == QStringLiteral("insert"));
    CHECK(log.value()[1].operation == QStringLiteral("update"));
    CHECK(log.value()[1].baseVersion == 1);
    CHECK(log.value()[1].changes.keys() == QStringList{"status"});

    auto back = store.activity(a.identity.uuid);
    REQUIRE(back.ok());
    CHECK(back.value().status == ActivityStatus::Done);
    CHECK(back.value().locationWkb == a.locationWkb);
    CHECK(*back.value().budget == 800);
}

TEST_CASE("removing an activity leaves a tombstone and a delete row", "[activities]")
{
    ObservatoryFixture f;
    gis::ActivityStore store(f.store->database());
    const Activity a = store.save(activity(ActivityType::Study, QStringLiteral("Étude"), QDate(2024, 1, 1))).value();
    REQUIRE(store.remove(a.identity.uuid).ok());
    CHECK(store.list().value().isEmpty());
    CHECK_FALSE(store.activity(a.identity.uuid).ok());
    CHECK(sqlValue(*f.store, QStringLiteral("SELECT deleted || '/' || version FROM activities")) == QStringLiteral("1/2"));
    const auto log = gis::readChangeLog(f.store->database(), 0, a.identity.uuid).value();
    REQUIRE(log.size() == 2);
    CHECK(log[1].operation == QStringLiteral("delete"));
    CHECK(store.remove(a.identity.uuid).ok());  // twice: nothing more
    CHECK(gis::readChangeLog(f.store->database(), 0, a.identity.uuid).value().size() == 2);
    const auto unknown = store.remove(QUuid::createUuid());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().reason.contains(QStringLiteral("no such activity")));
}

TEST_CASE("activities are listed by start and filtered by type, status, year and text", "[activities]")
{
    ObservatoryFixture f;
    gis::ActivityStore store(f.store->database());
    Activity day = activity(ActivityType::DiscoveryDay, QStringLiteral("Balade"), QDate(2025, 9, 20), ActivityStatus::Done);
    day.organisation = QStringLiteral("Maison de l'architecture");
    for (const Activity& a :
         {activity(ActivityType::Workshop, QStringLiteral("Atelier B"), QDate(2025, 2, 1)),
          activity(ActivityType::Workshop, QStringLiteral("Atelier A"), QDate(2024, 6, 1), ActivityStatus::Done), day,
          activity(ActivityType::Study, QStringLiteral("Sans date"), QDate())})
        REQUIRE(store.save(a).ok());
    QStringList titles;
    const QList<Activity> all = store.list().value();
    for (const Activity& a : all)
        titles << a.titleFr;
    CHECK(titles == QStringList{"Atelier A", "Atelier B", "Balade", "Sans date"});
    CHECK(store.list({ActivityType::Workshop, {}, 0, {}}).value().size() == 2);
    CHECK(store.list({{}, ActivityStatus::Done, 0, {}}).value().size() == 2);
    CHECK(store.list({{}, {}, 2025, {}}).value().size() == 2);
    CHECK(store.list({{}, {}, 0, QStringLiteral("architecture")}).value().size() == 1);
    CHECK(store.list({ActivityType::Workshop, ActivityStatus::Done, 2025, {}}).value().isEmpty());
}

TEST_CASE("an activity that ends before it starts is refused, nothing written", "[activities]")
{
    ObservatoryFixture f;
    gis::ActivityStore store(f.store->database());
    Activity a = activity(ActivityType::Workshop, QStringLiteral("À l'envers"), QDate(2025, 5, 2));
    a.end = QDate(2025, 5, 1);
    const auto r = store.save(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().reason.contains(QStringLiteral("before it starts")));
    CHECK(sqlValue(*f.store, QStringLiteral("SELECT COUNT(*) FROM change_log")) == QStringLiteral("0"));
    CHECK(gis::atlasSchemaVersion(f.store->database()) == gis::latestAtlasSchemaVersion());
}

TEST_CASE("activity rows stay out of the sync outbox, which still carries the fiches", "[activities][sync]")
{
    ObservatoryFixture f;
    gis::ActivityStore store(f.store->database());
    // More activity rows than one push batch, then a fiche.
    for (int i = 0; i < 5; ++i)
        REQUIRE(store.save(activity(ActivityType::Workshop, QStringLiteral("Atelier %1").arg(i), QDate(2025, 1, 1))).ok());
    const core::Observation fiche = ObservatoryFixture::fiche(core::ObservationKind::Landmark, QStringLiteral("Mont"),
                                                              QStringLiteral("Berg"));
    REQUIRE(f.store->saveObservation(fiche).ok());
    auto ops = gis::readOutbox(f.store->database(), 0, 3, {}, QStringLiteral("anne"), QUuid::createUuid());
    REQUIRE(ops.ok());
    REQUIRE(ops.value().size() == 1);
    CHECK(ops.value()[0].op.table == QStringLiteral("observations"));
    CHECK(ops.value()[0].op.record == fiche.identity.uuid);
}
