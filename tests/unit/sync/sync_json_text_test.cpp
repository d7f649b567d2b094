// The JSON the server writes straight to text: the same values as QJsonDocument would
// read back, escaping included, and records stored with grouped or per-field stamps.

#include "sync_test_ops.h"
#include "support/test_support.h"

#include "core/model/json_text.h"
#include "core/model/observation_json.h"
#include "core/sync/sync_json.h"
#include "core/sync/sync_json_text.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace atlas;
using namespace atlas::test;

TEST_CASE("JsonText: strings, numbers and nested values read back as written")
{
    const QString awkward = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 é 漢 😀");
    const QJsonObject nested{{QStringLiteral("list"), QJsonArray{1, 2.5, QJsonValue(), true, QStringLiteral("x")}},
                             {QStringLiteral("empty"), QJsonObject()}};
    core::JsonText t;
    t.beginObject()
        .field(QLatin1StringView("text"), awkward)
        .field(QLatin1StringView("int"), qint64(-9007199254740))
        .field(QLatin1StringView("real"), 0.1)
        .field(QLatin1StringView("huge"), 1e300)
        .field(QLatin1StringView("yes"), false)
        .field(QLatin1StringView("nested"), nested)
        .field(QLatin1StringView("names"), QStringList{QStringLiteral("a"), QStringLiteral("b\"")})
        .field(QLatin1StringView("undefined"), QJsonValue(QJsonValue::Undefined))
        .endObject();
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(t.bytes(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(back.value(QStringLiteral("text")).toString() == awkward);
    CHECK(back.value(QStringLiteral("int")).toDouble() == -9007199254740.0);
    CHECK(back.value(QStringLiteral("real")).toDouble() == 0.1);
    CHECK(back.value(QStringLiteral("huge")).toDouble() == 1e300);
    CHECK(back.value(QStringLiteral("yes")) == QJsonValue(false));
    CHECK(back.value(QStringLiteral("nested")).toObject() == nested);
    CHECK(back.value(QStringLiteral("names")).toArray() == QJsonArray{QStringLiteral("a"), QStringLiteral("b\"")});
    CHECK(back.value(QStringLiteral("undefined")).isNull());
}

TEST_CASE("observation JSON text: the same object as observationToJson")
{
    core::Observation o = core::Observation::create(core::ObservationKind::Landmark);
    o.titleFr = QStringLiteral("Lavoir \"communal\"");
    o.themes = {QStringLiteral("eau"), QStringLiteral("patrimoine")};
    o.geometryWkb = QByteArray::fromHex("0101000000000000000000f03f0000000000000040");
    o.dateStart = QDate(2026, 11, 23);
    o.links = {QUuid::createUuid()};
    CHECK(QJsonDocument::fromJson(core::observationJsonText(o)).object() == core::observationToJson(o));
}

TEST_CASE("server record: stamps stored grouped by change, per-field stamps still read")
{
    core::SyncRecord r = baseRecord();
    const QByteArray text = core::syncRecordJsonText(r);
    // Both fields came with one op: one stamp for the two.
    const QJsonArray groups = QJsonDocument::fromJson(text).object().value(QStringLiteral("stamps")).toArray();
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().toObject().value(QStringLiteral("fields")).toArray().size() == 2);
    auto back = core::syncRecordFromJson(QJsonDocument::fromJson(text).object(), QStringLiteral("r"));
    REQUIRE(back);
    CHECK(back.value() == r);

    // The form first stored (one stamp object per field) reads to the same record.
    QJsonObject perField;
    for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it)
        perField.insert(it.key(), QJsonObject{{QStringLiteral("version"), it->version},
                                              {QStringLiteral("at"), core::syncTimeString(it->at)},
                                              {QStringLiteral("replica"), core::uuidString(it->replica)},
                                              {QStringLiteral("author"), it->author},
                                              {QStringLiteral("op"), core::uuidString(it->opUuid)}});
    QJsonObject old = QJsonDocument::fromJson(text).object();
    old.insert(QStringLiteral("stamps"), perField);
    auto oldBack = core::syncRecordFromJson(old, QStringLiteral("r"));
    REQUIRE(oldBack);
    CHECK(oldBack.value() == r);

    QJsonObject bad = old;
    bad.insert(QStringLiteral("stamps"), QStringLiteral("none"));
    auto refused = core::syncRecordFromJson(bad, QStringLiteral("r"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().location == QStringLiteral("r.stamps"));
}

TEST_CASE("op result text: conflicts and reason kept for replays")
{
    core::OpResult result{QUuid::createUuid(), core::MergeOutcome::Refused, 3, false, {}, QStringLiteral("no \"right\"")};
    core::SyncConflict c;
    c.opUuid = result.opUuid;
    c.table = QStringLiteral("observations");
    c.record = fiche();
    c.kind = core::ConflictKind::Refused;
    c.incomingValue = QStringLiteral("x");
    c.serverValue = QStringLiteral("no");
    c.incomingAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    result.conflicts << c;
    auto back = core::opResultFromJson(QJsonDocument::fromJson(core::opResultJsonText(result)).object(),
                                       QStringLiteral("r"));
    REQUIRE(back);
    CHECK(back.value() == result);
}
