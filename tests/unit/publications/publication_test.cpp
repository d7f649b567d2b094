// Publications: ordered sections with FR/NL rich text, media and map views; JSON with
// errors that name the section; saved with versions, tombstones and change-log rows.

#include "../observatory/observatory_fixture.h"
#include "core/model/publication.h"
#include "gis/store/change_log.h"
#include "gis/store/publication_store.h"
#include "support/test_support.h"

#include <QJsonArray>

using namespace atlas;
using namespace atlas::test;
using core::Publication;
using core::PublicationSection;

namespace {

Publication story()
{
    Publication p = Publication::create();
    p.titleFr = QStringLiteral("Les Monts de Flandre");
    p.titleNl = QStringLiteral("De Vlaamse Heuvels");
    for (const char* title : {"Kemmel", "Mont Noir", "Cassel"}) {
        PublicationSection s;
        s.titleFr = QString::fromUtf8(title);
        s.textFr = QStringLiteral("<p>Un <b>mont</b> et <a href=\"https://example.org\">un lien</a></p>");
        s.textNl = QStringLiteral("<p>Een <i>heuvel</i></p><ul><li>een</li></ul>");
        p.sections << s;
    }
    p.sections[1].media = {QUuid::createUuid()};
    p.sections[2].view = core::PublicationMapView{{650000, 7060000, 670000, 7080000},
                                                  QStringLiteral("EPSG:2154"),
                                                  {QUuid::createUuid()},
                                                  {QUuid::createUuid(), QUuid::createUuid()}};
    return p;
}

QStringList titles(const Publication& p)
{
    QStringList out;
    for (const PublicationSection& s : p.sections)
        out << s.titleFr;
    return out;
}

}  // namespace

TEST_CASE("sections move and keep their identity", "[publications]")
{
    Publication p = story();
    const QUuid cassel = p.sections[2].id;
    REQUIRE(p.moveSection(2, 0));
    CHECK(titles(p) == QStringList{"Cassel", "Kemmel", "Mont Noir"});
    CHECK(p.indexOfSection(cassel) == 0);
    REQUIRE(p.moveSection(0, 99));  // clamped to the end
    CHECK(titles(p) == QStringList{"Kemmel", "Mont Noir", "Cassel"});
    CHECK_FALSE(p.moveSection(5, 0));
    CHECK(p.title(QStringLiteral("nl")) == QStringLiteral("De Vlaamse Heuvels"));
}

TEST_CASE("a publication survives JSON; bad JSON names the section and field", "[publications]")
{
    const Publication p = story();
    auto back = core::publicationFromJson(core::publicationToJson(p));
    REQUIRE(back.ok());
    CHECK(back.value().sections == p.sections);
    CHECK(back.value().sections[2].view->highlightedFiches.size() == 2);
    CHECK_FALSE(back.value().sections[0].view.has_value());

    QJsonObject j = core::publicationToJson(p);
    QJsonArray sections = j.value(QStringLiteral("sections")).toArray();
    QJsonObject third = sections[2].toObject();
    QJsonObject view = third.value(QStringLiteral("view")).toObject();
    view.insert(QStringLiteral("extent"), QJsonArray{1, 2, 0, 3});  // xmax < xmin
    third.insert(QStringLiteral("view"), view);
    sections[2] = third;
    j.insert(QStringLiteral("sections"), sections);
    auto bad = core::publicationFromJson(j);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().location == QStringLiteral("sections[2].view.extent"));
}

TEST_CASE("publications are stored with versions, tombstones and change-log rows", "[publications]")
{
    ObservatoryFixture f;
    gis::PublicationStore store(f.store->database());
    Publication p = story();
    auto saved = store.save(p);
    REQUIRE(saved.ok());
    CHECK(saved.value().identity.version == 1);
    CHECK(store.save(saved.value()).value().identity.version == 1);  // unchanged: no new version

    Publication reordered = saved.value();
    reordered.moveSection(0, 2);
    CHECK(store.save(reordered).value().identity.version == 2);
    auto back = store.publication(p.identity.uuid);
    REQUIRE(back.ok());
    CHECK(titles(back.value()) == QStringList{"Mont Noir", "Cassel", "Kemmel"});
    CHECK(back.value().sections[1].view == p.sections[2].view);

    REQUIRE(store.remove(p.identity.uuid).ok());
    CHECK(store.list().value().isEmpty());
    CHECK_FALSE(store.publication(p.identity.uuid).ok());
    const auto log = gis::readChangeLog(f.store->database(), 0, p.identity.uuid).value();
    REQUIRE(log.size() == 3);
    CHECK(log[0].operation == QStringLiteral("insert"));
    CHECK(log[0].table == QStringLiteral("publications"));
    CHECK(log[1].changes.keys() == QStringList{"sections"});
    CHECK(log[2].operation == QStringLiteral("delete"));
    CHECK(log[2].newVersion == 3);

    // Saving it again revives it, logged as such.
    auto revived = store.save(back.value());
    REQUIRE(revived.ok());
    CHECK(revived.value().identity.version == 4);
    CHECK(gis::readChangeLog(f.store->database(), 0, p.identity.uuid).value().last().changes.contains(
        QStringLiteral("deleted")));
    CHECK(sqlValue(*f.store, QStringLiteral("SELECT COUNT(*) FROM publications WHERE deleted = 0")) ==
          QStringLiteral("1"));
    CHECK(store.remove(QUuid::createUuid()).error().reason.contains(QStringLiteral("no such publication")));
}
