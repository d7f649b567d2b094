// atlas-cli obs and media end to end: add with a photo, list as one JSON array, search in
// French and Dutch, import the Partons places, place geotagged photos, refuse bad files.

#include "cli_runner.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace atlas;
using test::runCli;

namespace {

QJsonArray listJson(const QString& atlas, const QStringList& extra = {})
{
    const auto r = runCli(QStringList{"obs", "list", atlas, "--json"} + extra);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QString newAtlas(const test::TempDir& dir)
{
    const QString atlas = dir.filePath("cli.atlas");
    const auto r = runCli({"new", atlas});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    return atlas;
}

QString geotaggedPhoto(const test::TempDir& dir, const QString& name)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "JPEG"));
    const QString exiv2 = QStandardPaths::findExecutable("exiv2");
    REQUIRE_FALSE(exiv2.isEmpty());
    REQUIRE(QProcess::execute(exiv2, {"-M", "set Exif.GPSInfo.GPSLatitudeRef N", "-M",
                                      "set Exif.GPSInfo.GPSLatitude 50/1 58/1 5/1", "-M",
                                      "set Exif.GPSInfo.GPSLongitudeRef E", "-M",
                                      "set Exif.GPSInfo.GPSLongitude 2/1 26/1 2/1", "mo", path}) == 0);
    return path;
}

}  // namespace

TEST_CASE("atlas-cli obs add then list --json gives one array with the fiche and its photo", "[observatory][cli]")
{
    test::TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString photo = geotaggedPhoto(dir, "beffroi.jpg");
    const auto add = runCli({"obs", "add", atlas, "--kind", "landmark", "--title-fr", "Beffroi de Bergues",
                             "--title-nl", "Belfort van Sint-Winoksbergen", "--lon", "2.434", "--lat", "50.968",
                             "--theme", "heritage", "--tag", "UNESCO", "--date", "2005-07-15", "--photo", photo});
    INFO(add.describe());
    REQUIRE(add.exitCode == 0);
    const QString uuid = add.out.trimmed();
    CHECK_FALSE(QUuid::fromString(uuid).isNull());

    const QJsonArray all = listJson(atlas);
    REQUIRE(all.size() == 1);
    const QJsonObject fiche = all.first().toObject();
    CHECK(fiche.value("uuid").toString() == uuid);
    CHECK(fiche.value("kind").toString() == "landmark");
    CHECK(fiche.value("title_nl").toString() == "Belfort van Sint-Winoksbergen");
    CHECK(fiche.value("lon").toDouble() == Approx(2.434));
    CHECK(fiche.value("themes").toArray() == QJsonArray{"heritage"});
    CHECK(fiche.value("date_start").toString() == "2005-07-15");
    CHECK(fiche.value("version").toInt() == 1);
    REQUIRE(fiche.value("media").toArray().size() == 1);
    CHECK(fiche.value("media").toArray().first().toObject().value("file_name").toString() == "beffroi.jpg");

    CHECK(listJson(atlas, {"--search", "belfort"}).size() == 1);
    CHECK(listJson(atlas, {"--search", "beffroi"}).size() == 1);
    CHECK(listJson(atlas, {"--kind", "project"}).isEmpty());
}

TEST_CASE("atlas-cli obs add with a bad photo fails and adds nothing", "[observatory][cli]")
{
    test::TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString fake = dir.writeFile("fake.jpg", "this is text");
    const auto add = runCli({"obs", "add", atlas, "--kind", "project", "--title-fr", "Projet", "--lon", "2.5",
                             "--lat", "50.8", "--photo", fake});
    CHECK(add.exitCode == 1);
    REQUIRE(add.errorLines().size() == 1);
    CHECK(add.errorLines().first().contains("fake.jpg"));
    CHECK(add.errorLines().first().contains("not a JPEG image"));
    CHECK(listJson(atlas).isEmpty());

    const auto badKind = runCli({"obs", "add", atlas, "--kind", "castle", "--title-fr", "X"});
    CHECK(badKind.exitCode == 2);
    CHECK(badKind.err.contains("--kind: unknown value 'castle'"));
}

TEST_CASE("atlas-cli obs import reads the Partons places; search works in both languages", "[observatory][cli]")
{
    test::TempDir dir;
    const QString atlas = newAtlas(dir);
    const auto import = runCli({"obs", "import", atlas, ATLAS_SOURCE_DIR "/resources/demo/partons-places.csv"});
    INFO(import.describe());
    REQUIRE(import.exitCode == 0);
    CHECK(import.out.contains("imported 18 fiche(s)"));
    CHECK(listJson(atlas).size() == 18);
    const QJsonArray eglise = listJson(atlas, {"--search", "eglise"});
    REQUIRE(eglise.size() == 1);
    CHECK(eglise.first().toObject().value("title_fr").toString().contains("église de Kemmel"));
    const QJsonArray kerk = listJson(atlas, {"--search", "kerk"});
    REQUIRE(kerk.size() == 1);
    CHECK(kerk.first().toObject().value("title_nl").toString() == "Nieuwe bestemming voor de kerk van Kemmel");
    CHECK(listJson(atlas, {"--search", "ecole"}).size() == 1);
    CHECK(listJson(atlas, {"--kind", "action"}).size() == 2);

    const auto text = runCli({"obs", "list", atlas, "--search", "kerk", "--lang", "nl"});
    CHECK(text.out.contains("Nieuwe bestemming voor de kerk van Kemmel"));
    CHECK(text.out.contains("1 fiche(s)"));
}

TEST_CASE("atlas-cli media import --place makes landmarks at the photos' positions", "[observatory][cli]")
{
    test::TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString photo = geotaggedPhoto(dir, "moulin.jpg");
    const QString empty = dir.writeFile("empty.jpg", {});
    const auto r = runCli({"media", "import", atlas, photo, empty, "--place", "--caption", "Moulin de la Cassine"});
    INFO(r.describe());
    CHECK(r.exitCode == 1);  // one file was bad
    CHECK(r.out.contains("imported moulin.jpg"));
    CHECK(r.out.contains("-> landmark"));
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().contains("empty.jpg"));
    CHECK(r.errorLines().first().contains("empty (0 bytes)"));

    const QJsonArray fiches = listJson(atlas);
    REQUIRE(fiches.size() == 1);
    const QJsonObject landmark = fiches.first().toObject();
    CHECK(landmark.value("kind").toString() == "landmark");
    CHECK(landmark.value("lat").toDouble() == Approx(50.96806).epsilon(1e-5));
    CHECK(landmark.value("lon").toDouble() == Approx(2.43389).epsilon(1e-5));
    CHECK(listJson(atlas, {"--search", "cassine"}).size() == 1);

    const auto media = runCli({"media", "list", atlas, "--json"});
    const QJsonArray items = QJsonDocument::fromJson(media.out.toUtf8()).array();
    REQUIRE(items.size() == 1);
    CHECK(QFileInfo::exists(items.first().toObject().value("path").toString()));
}
