// The observatory in a web bundle: which fiches leave the atlas, what their cards carry
// (links to each other, photos copied as thumbnail and full size), lines and areas too.

#include "core/model/wkb_point.h"
#include "gis/formats/web_bundle_exporter.h"
#include "gis/media/media_store.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

using namespace atlas;

namespace {

core::Observation fiche(core::ObservationKind kind, const QString& title, core::ObservationStatus status,
                        core::SharingScope scope)
{
    core::Observation o = core::Observation::create(kind);
    o.titleFr = title;
    o.titleNl = title + QStringLiteral(" (nl)");
    o.geometryWkb = core::pointWkb(2.4338, 50.9689);
    o.status = status;
    o.scope = scope;
    return o;
}

}  // namespace

TEST_CASE("Only published public fiches are exported, as cards with their links and photos", "[web]")
{
    test::TempDir dir;
    core::AtlasDocument doc;
    doc.title = QStringLiteral("Fiches");
    const QString atlas = dir.filePath(QStringLiteral("fiches.atlas"));
    REQUIRE(gis::createAtlas(atlas, doc).ok());
    {
        auto store = gis::ObservationStore::open(atlas);
        REQUIRE(store.ok());
        auto& s = *store.value();
        using K = core::ObservationKind;
        using St = core::ObservationStatus;
        using Sc = core::SharingScope;
        core::Observation project = fiche(K::Project, QStringLiteral("Projet du jardin"), St::Published, Sc::Public);
        core::Observation done = fiche(K::Realisation, QStringLiteral("Jardin réalisé"), St::Published, Sc::Public);
        done.links << project.identity.uuid;
        done.themes << QStringLiteral("landscape");
        done.dateStart = QDate(2024, 5, 1);
        done.dateEnd = QDate(2024, 6, 30);
        REQUIRE(s.saveObservation(project).ok());
        REQUIRE(s.saveObservation(done).ok());
        REQUIRE(s.saveObservation(fiche(K::Action, QStringLiteral("Brouillon"), St::Draft, Sc::Public)).ok());
        REQUIRE(s.saveObservation(fiche(K::Action, QStringLiteral("Entre nous"), St::Published, Sc::Community)).ok());
        core::Observation path = fiche(K::Landmark, QStringLiteral("Chemin des moulins"), St::Published, Sc::Public);
        path.geometryWkb = QByteArray::fromHex("0102000000020000000000000000000840000000000000494000000000000010400000000000004a40");
        REQUIRE(s.saveObservation(path).ok());

        // A 3000 px photo: the bundle gets a thumbnail and a full size of at most 2048 px.
        QImage photo(3000, 2000, QImage::Format_RGB32);
        photo.fill(QColor(42, 93, 132));
        const QString photoPath = dir.filePath(QStringLiteral("jardin.jpg"));
        REQUIRE(photo.save(photoPath, "JPEG"));
        auto media = gis::MediaStore(atlas).ingest(photoPath);
        REQUIRE(media.ok());
        REQUIRE(s.saveMedia(media.value()).ok());
        REQUIRE(s.linkMedia(done.identity.uuid, media.value().identity.uuid).ok());
    }

    gis::WebBundleOptions o;
    o.outputDir = dir.filePath(QStringLiteral("bundle"));
    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc, atlas, o, {}, never);
    REQUIRE(report.ok());
    CHECK(report.value().observations == 3);
    CHECK(report.value().photos == 1);
    CHECK(report.value().warnings.isEmpty());

    const QByteArray data = test::readAll(o.outputDir + QStringLiteral("/data/atlas-data.js"));
    CHECK(data.contains(R"("title_fr":"Jardin réalisé")"));
    CHECK(data.contains(R"("kind":"realisation")"));
    CHECK(data.contains(R"("themes":["landscape"])"));
    CHECK(data.contains(R"("date":"2024-05-01 – 2024-06-30")"));
    CHECK(data.contains(R"({"label":"Projet du jardin","fiche":")"));
    // The fiche drawn as a line keeps its line.
    CHECK(data.contains(R"("type":"LineString","coordinates":[[3,50],[4,52]])"));
    CHECK_FALSE(data.contains("Brouillon"));
    CHECK_FALSE(data.contains("Entre nous"));

    const QStringList photos = QDir(o.outputDir + QStringLiteral("/media")).entryList({QStringLiteral("*.jpg")});
    REQUIRE(photos.size() == 1);
    CHECK(QImageReader(o.outputDir + QStringLiteral("/media/") + photos.first()).size() == QSize(2048, 1365));
    CHECK(QImageReader(o.outputDir + QStringLiteral("/media/thumbs/") + photos.first()).size().width() == 320);
    CHECK(data.contains(("\"full\":\"media/" + photos.first()).toUtf8()));

    // Asked for everything, the draft and the community fiche come too.
    o.onlyPublished = false;
    report = gis::exportWebBundle(doc, atlas, o, {}, never);
    REQUIRE(report.ok());
    CHECK(report.value().observations == 5);
}
