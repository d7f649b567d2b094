// gis::importObservationCsv: the Partons places file as fiches, stable ids, bad rows named.

#include "gis/formats/observation_csv.h"
#include "observatory_fixture.h"
#include "support/test_support.h"

using namespace atlas;
using atlas::test::ObservatoryFixture;
using atlas::test::sqlValue;

namespace {

const QByteArray kHeader = "name,country,lon,lat,kind,title_nl,title_fr,source\n";

}  // namespace

TEST_CASE("The Partons places become fiches in both languages, once", "[observatory][csv]")
{
    ObservatoryFixture f;
    const QString csv = QStringLiteral(ATLAS_SOURCE_DIR "/resources/demo/partons-places.csv");
    auto written = gis::importObservationCsv(*f.store, csv);
    REQUIRE(written.ok());
    CHECK(written.value() == 18);
    gis::ObservationFilter filter;
    filter.text = QStringLiteral("kerk");
    const auto kerk = f.store->list(filter);
    REQUIRE(kerk.value().size() == 1);
    const core::Observation& kemmel = kerk.value().first();
    CHECK(kemmel.titleNl == "Nieuwe bestemming voor de kerk van Kemmel");
    CHECK(kemmel.titleFr == "Nouvelle destination pour l'église de Kemmel");
    CHECK(kemmel.kind == core::ObservationKind::Project);
    CHECK(kemmel.status == core::ObservationStatus::Published);
    CHECK(kemmel.tags.contains("BE"));
    filter = {};
    filter.kind = core::ObservationKind::Action;
    CHECK(f.store->count(filter).value() == 2);

    // Again: nothing new, nothing duplicated.
    auto again = gis::importObservationCsv(*f.store, csv);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(f.store->count({}).value() == 18);
}

TEST_CASE("Quoted CSV fields may hold commas and quotes", "[observatory][csv]")
{
    test::TempDir dir;
    const QString csv = dir.writeFile("q.csv", kHeader + "Lille,FR,3.06,50.63,landmark,\"Belfort, stadhuis\","
                                                         "\"Beffroi \"\"de\"\" Lille\",test\n");
    auto rows = gis::readObservationCsv(csv);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().first().titleNl == "Belfort, stadhuis");
    CHECK(rows.value().first().titleFr == "Beffroi \"de\" Lille");
}

TEST_CASE("A bad CSV row names its line and imports nothing", "[observatory][csv]")
{
    ObservatoryFixture f;
    struct Case {
        QByteArray content;
        QString location;
        QString reason;
    };
    const Case cases[] = {
        {kHeader + "A,FR,2.0,50.0,landmark,a,a,s\nB,FR,2.0,50.0,castle,b,b,s\n", "line 3", "unknown kind 'castle'"},
        {kHeader + "A,FR,east,50.0,landmark,a,a,s\n", "line 2", "bad coordinates"},
        {kHeader + "A,FR,2.0,50.0,landmark,a\n", "line 2", "6 fields where the header has 8"},
        {"name,lon,lat\nA,2,50\n", "line 1", "missing column 'kind'"},
        {kHeader + "A,FR,2.0,50.0,landmark,\"open,a,s\n", "line 2", "not closed"},
    };
    for (const Case& c : cases) {
        const QString path = f.dir.writeFile("bad.csv", c.content);
        auto result = gis::importObservationCsv(*f.store, path);
        INFO(c.content.toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().file == path);
        CHECK(result.error().location == c.location);
        CHECK(result.error().reason.contains(c.reason));
    }
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM observations") == "0");
    auto missing = gis::importObservationCsv(*f.store, f.dir.filePath("none.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().reason == "file not found");
}
