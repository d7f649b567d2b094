// The activity as a value: stable names, JSON round trip, field-by-field changes.

#include "core/model/activity.h"
#include "core/model/wkb_point.h"
#include "support/test_support.h"

#include <QJsonArray>

using namespace atlas;
using core::Activity;
using core::ActivityStatus;
using core::ActivityType;

TEST_CASE("activity types and statuses have stable names, read leniently", "[activities]")
{
    CHECK(core::activityTypeNames() ==
          QStringList{"advice-mission", "workshop", "discovery-day", "call-for-projects", "study"});
    CHECK(core::activityStatusNames() == QStringList{"planned", "ongoing", "done"});
    CHECK(core::activityTypeFromName(QStringLiteral("Call for projects")) == ActivityType::CallForProjects);
    CHECK(core::activityTypeFromName(QStringLiteral("discovery_day")) == ActivityType::DiscoveryDay);
    CHECK_FALSE(core::activityTypeFromName(QStringLiteral("party")).has_value());
    CHECK(core::activityStatusFromName(QStringLiteral("DONE")) == ActivityStatus::Done);
    for (const QString& name : core::activityTypeNames())
        CHECK(core::activityTypeName(*core::activityTypeFromName(name)) == name);
}

TEST_CASE("an activity survives JSON with every field", "[activities]")
{
    Activity a = Activity::create(ActivityType::Workshop);
    a.status = ActivityStatus::Ongoing;
    a.titleFr = QStringLiteral("Atelier « paysages » à Bailleul");
    a.titleNl = QStringLiteral("Workshop landschappen in Belle");
    a.organisation = QStringLiteral("CAUE du Nord");
    a.people = {QStringLiteral("Anne"), QStringLiteral("Joost")};
    a.start = QDate(2025, 3, 4);
    a.end = QDate(2025, 3, 6);
    a.budget = 1250.5;
    a.locationWkb = core::pointWkb(2.73, 50.74);
    a.fiches = {QUuid::createUuid()};
    a.media = {QUuid::createUuid(), QUuid::createUuid()};
    a.publications = {QUuid::createUuid()};
    a.identity.modified = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);

    auto back = core::activityFromJson(core::activityToJson(a));
    REQUIRE(back.ok());
    CHECK(back.value().sameContent(a));
    CHECK(back.value().identity.uuid == a.identity.uuid);
    CHECK(back.value().identity.modified == a.identity.modified);
    CHECK(*back.value().budget == 1250.5);
    CHECK(back.value().media.size() == 2);
    CHECK(back.value().year() == 2025);
    CHECK(a.title(QStringLiteral("nl")) == a.titleNl);
    a.titleNl.clear();
    CHECK(a.title(QStringLiteral("nl")) == a.titleFr);  // falls back on the other language
}

TEST_CASE("bad activity JSON is refused naming the field", "[activities]")
{
    QJsonObject j = core::activityToJson(Activity::create(ActivityType::Study));
    j.insert(QStringLiteral("type"), QStringLiteral("party"));
    auto bad = core::activityFromJson(j);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().location == QStringLiteral("type"));
    j = core::activityToJson(Activity::create(ActivityType::Study));
    j.insert(QStringLiteral("start"), QStringLiteral("2025-13-40"));
    bad = core::activityFromJson(j);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().location == QStringLiteral("start"));
    j = core::activityToJson(Activity::create(ActivityType::Study));
    j.insert(QStringLiteral("fiches"), QJsonArray{QStringLiteral("nope")});
    CHECK(core::activityFromJson(j).error().location == QStringLiteral("fiches"));
}

TEST_CASE("activity changes list only the fields that differ", "[activities]")
{
    Activity before = Activity::create(ActivityType::AdviceMission);
    before.titleFr = QStringLiteral("Conseil");
    Activity after = before;
    CHECK(core::activityChanges(&before, after).isEmpty());
    after.status = ActivityStatus::Done;
    after.budget = 300;
    const QJsonObject changes = core::activityChanges(&before, after);
    CHECK(changes.keys() == QStringList{"budget", "status"});
    CHECK(changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("old")).toString() == "planned");
    // An insert lists the fields that are set.
    CHECK(core::activityChanges(nullptr, before).keys() == QStringList{"status", "title_fr", "type"});
}
