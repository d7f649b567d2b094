// core::Observation and MediaItem: names of kinds/statuses/scopes, language fallback,
// WKB points, JSON round trip and the field-by-field changes the change log stores.

#include "core/model/media_item.h"
#include "core/model/observation.h"
#include "core/model/observation_json.h"
#include "core/model/wkb_point.h"
#include "support/test_support.h"

#include <QJsonArray>

using namespace atlas::core;

TEST_CASE("Observation kinds, statuses and scopes have stable names", "[observatory][model]")
{
    CHECK(kindNames() == QStringList{"landmark", "project", "realisation", "action"});
    CHECK(kindFromName(QStringLiteral("Realisation")) == ObservationKind::Realisation);
    CHECK(kindFromName(QStringLiteral("procedure")) == ObservationKind::Action);
    CHECK_FALSE(kindFromName(QStringLiteral("castle")).has_value());
    CHECK(statusName(ObservationStatus::Proposed) == "proposed");
    CHECK(statusFromName(QStringLiteral("published")) == ObservationStatus::Published);
    CHECK(scopeName(SharingScope::Community) == "community");
    CHECK_FALSE(scopeFromName(QStringLiteral("secret")).has_value());
    CHECK(defaultThemes().size() == 8);
    CHECK(defaultThemes().contains(QStringLiteral("public space")));
}

TEST_CASE("Observation titles fall back to the other language", "[observatory][model]")
{
    Observation o = Observation::create(ObservationKind::Project);
    CHECK_FALSE(o.identity.uuid.isNull());
    CHECK(o.kind == ObservationKind::Project);
    CHECK(o.status == ObservationStatus::Draft);
    CHECK(o.scope == SharingScope::Private);
    o.titleFr = QStringLiteral("Église de Kemmel");
    CHECK(o.title(QStringLiteral("nl")) == "Église de Kemmel");
    o.titleNl = QStringLiteral("Kerk van Kemmel");
    CHECK(o.title(QStringLiteral("nl_BE")) == "Kerk van Kemmel");
    CHECK(o.title(QStringLiteral("fr")) == "Église de Kemmel");
    o.titleFr = QStringLiteral("  ");
    CHECK(o.title(QStringLiteral("fr")) == "Kerk van Kemmel");
    o.descriptionNl = QStringLiteral("Een kerk");
    CHECK(o.description(QStringLiteral("fr")) == "Een kerk");
}

TEST_CASE("WKB points are written little-endian and read in both byte orders", "[observatory][model]")
{
    const QByteArray wkb = pointWkb(2.828, 50.783);
    REQUIRE(wkb.size() == 21);
    CHECK(wkb.left(5).toHex() == "0101000000");
    const auto p = wkbPoint(wkb);
    REQUIRE(p.has_value());
    CHECK(p->x() == Approx(2.828));
    CHECK(p->y() == Approx(50.783));
    // Big-endian POINT(1 2) as PostGIS writes it.
    const auto big = wkbPoint(QByteArray::fromHex("00000000013ff00000000000004000000000000000"));
    REQUIRE(big.has_value());
    CHECK(big->x() == 1.0);
    CHECK(big->y() == 2.0);
    CHECK_FALSE(wkbPoint(QByteArray("not wkb")).has_value());
    CHECK_FALSE(wkbPoint(QByteArray::fromHex("010200000000000000")).has_value());
}

TEST_CASE("Observation JSON round trip keeps every field", "[observatory][model]")
{
    Observation o = Observation::create(ObservationKind::Realisation);
    o.titleFr = QStringLiteral("Kiosque de Poix-du-Nord");
    o.titleNl = QStringLiteral("Kiosk van Poix-du-Nord");
    o.descriptionFr = QStringLiteral("Un kiosque");
    o.themes = {QStringLiteral("architecture"), QStringLiteral("public space")};
    o.geometryWkb = pointWkb(3.608, 50.19);
    o.dateStart = QDate(2019, 5, 1);
    o.dateEnd = QDate(2020, 6, 30);
    o.author = QStringLiteral("CAUE du Nord");
    o.status = ObservationStatus::Published;
    o.scope = SharingScope::Public;
    o.commune = QStringLiteral("Nord");
    o.tags = {QStringLiteral("kiosque"), QStringLiteral("Partons")};
    o.links = {QUuid::createUuid()};
    const QJsonObject json = observationToJson(o);
    CHECK(json.value("kind").toString() == "realisation");
    CHECK(json.value("lon").toDouble() == Approx(3.608));
    CHECK(json.value("themes").toArray().size() == 2);
    auto back = observationFromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value().sameContent(o));
    CHECK(back.value().identity.uuid == o.identity.uuid);

    QJsonObject bad = json;
    bad.insert("status", "lost");
    auto refused = observationFromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().location == "status");
    CHECK(refused.error().reason.contains("lost"));
}

TEST_CASE("Observation changes list only the fields that differ, with old and new", "[observatory][model]")
{
    Observation a = Observation::create(ObservationKind::Landmark);
    a.titleFr = QStringLiteral("Moulin");
    const QJsonObject inserted = observationChanges(nullptr, a);
    CHECK(inserted.contains("title_fr"));
    CHECK(inserted.value("title_fr").toObject().value("old").isNull());
    CHECK_FALSE(inserted.contains("title_nl"));  // empty on insert: nothing to say

    Observation b = a;
    b.titleNl = QStringLiteral("Molen");
    b.status = ObservationStatus::Proposed;
    const QJsonObject changed = observationChanges(&a, b);
    CHECK(changed.keys() == QStringList{"status", "title_nl"});
    CHECK(changed.value("status").toObject().value("old").toString() == "draft");
    CHECK(changed.value("status").toObject().value("new").toString() == "proposed");
    CHECK(observationChanges(&b, b).isEmpty());
}

TEST_CASE("MediaItem knows images and positions", "[observatory][model]")
{
    MediaItem m = MediaItem::create();
    CHECK_FALSE(m.identity.uuid.isNull());
    CHECK_FALSE(m.hasPosition());
    m.mime = QStringLiteral("image/jpeg");
    m.lon = 2.8;
    m.lat = 50.7;
    CHECK(m.isImage());
    CHECK(m.hasPosition());
}
