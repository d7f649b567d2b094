// Fiches on the map, with real events on a copy of the demo atlas: a click on a symbol picks
// the fiche, a double click opens its form (where related fiches are linked), files dropped
// on the map become fiches or join the fiche they fall on, and media details are edited.

#include "core/model/wkb_point.h"
#include "gis/crs/crs_transform.h"
#include "gis/store/observation_store.h"
#include "gui/gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/observation_form_dialog.h"
#include "ui/dialogs/related_fiches_editor.h"
#include "ui/docks/mediatheque_dock.h"
#include "ui/docks/observations_dock.h"
#include "ui/observatory/observation_overlay.h"
#include "ui/observatory/observatory_feature.h"
#include "ui/observatory/observatory_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace atlas;

namespace {

struct OpenDemo {
    test::GuiFixture f;
    test::TempDir dir;
    QString atlas = test::copyDemoAtlas(dir);
    ui::ObservatoryFeature* feature = f.window->findChild<ui::ObservatoryFeature*>();
    ui::MapCanvas* canvas = f.window->findChild<ui::MapCanvas*>();

    OpenDemo()
    {
        REQUIRE(feature);
        REQUIRE(canvas);
        QSignalSpy loaded(feature->overlay(), &ui::ObservationOverlay::reloaded);
        REQUIRE(f.window->openAtlas(atlas));
        REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
        REQUIRE(f.waitForMap());
    }
    std::unique_ptr<gis::ObservationStore> store() const
    {
        auto opened = gis::ObservationStore::open(atlas);
        REQUIRE(opened);
        return std::move(opened.value());
    }
    // Centres the map on `lonLat` at street scale and returns its widget position.
    QPointF showAt(const QPointF& lonLat)
    {
        const QString crs = canvas->mapSettings().crs;
        double x = lonLat.x(), y = lonLat.y();
        REQUIRE(gis::CrsTransform(QStringLiteral("EPSG:4326"), crs).transformPoint(x, y));
        QSignalSpy moved(feature->overlay(), &ui::ObservationOverlay::reloaded);
        canvas->setExtent(core::Extent{x - 300, y - 300, x + 300, y + 300});
        REQUIRE(f.waitForMap());
        QTest::qWait(50);
        return canvas->mapSettings().toPixel(x, y) / canvas->devicePixelRatioF();
    }
    // Where the map is, in WGS 84, under widget position `at`.
    QPointF lonLatAt(const QPointF& at) const
    {
        const QPointF map = canvas->mapSettings().toMap(at * canvas->devicePixelRatioF());
        double x = map.x(), y = map.y();
        REQUIRE(gis::CrsTransform(canvas->mapSettings().crs, QStringLiteral("EPSG:4326")).transformPoint(x, y));
        return {x, y};
    }
    void drop(const QStringList& files, const QPointF& at)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& file : files)
            urls << QUrl::fromLocalFile(file);
        data.setUrls(urls);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &dropped);
        REQUIRE(dropped.isAccepted());
    }
};

// A point fiche of the demo whose title does not match `avoid`, with its position.
std::pair<core::Observation, QPointF> pointFiche(gis::ObservationStore& store, const QString& avoid)
{
    const auto points = store.points({});
    REQUIRE(points);
    for (const gis::ObservationPoint& p : points.value()) {
        const auto fiche = store.observation(p.uuid);
        REQUIRE(fiche);
        if (p.shapeWkb.isEmpty() && !fiche.value().title(QStringLiteral("fr")).contains(avoid, Qt::CaseInsensitive))
            return {fiche.value(), QPointF(p.lon, p.lat)};
    }
    FAIL("no point fiche in the demo");
    return {};
}

// Symbols stand on their point: a landmark's pin above it, the others centred on it.
QPointF onSymbol(const core::Observation& fiche, const QPointF& point)
{
    return point + QPointF(0, fiche.kind == core::ObservationKind::Landmark ? -10 : 0);
}

QString photo(const test::TempDir& dir, const QString& name, const QColor& colour)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path));
    return path;
}

}  // namespace

TEST_CASE("a click on a fiche's symbol picks it; a double click opens it, where related fiches are linked",
          "[gui][observatory]")
{
    OpenDemo demo;
    ui::ObservationsDock* dock = demo.feature->dock();
    auto [fiche, lonLat] = pointFiche(*demo.store(), QStringLiteral("kemmel"));
    const QPointF at = demo.showAt(lonLat);

    // A drag of the map is a pan, not a pick.
    QTest::mousePress(demo.canvas, Qt::LeftButton, {}, onSymbol(fiche, at).toPoint());
    QTest::mouseMove(demo.canvas, (onSymbol(fiche, at) + QPointF(30, 0)).toPoint());
    QTest::mouseRelease(demo.canvas, Qt::LeftButton, {}, (onSymbol(fiche, at) + QPointF(30, 0)).toPoint());
    CHECK((!dock->currentObservation() || dock->currentObservation()->identity.uuid != fiche.identity.uuid));
    const QPointF back = demo.showAt(lonLat);
    QTest::mouseClick(demo.canvas, Qt::LeftButton, {}, onSymbol(fiche, back).toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(dock->currentObservation() != nullptr, 5000);
    CHECK(dock->currentObservation()->identity.uuid == fiche.identity.uuid);

    // The double click opens the form; its related-fiches search links the Kemmel church.
    bool formSeen = false;
    QObject::connect(demo.feature, &ui::ObservatoryFeature::formOpened, demo.feature, [&](QWidget* form) {
        QTimer::singleShot(0, form, [&formSeen, form] {
            auto* related = static_cast<ui::ObservationFormDialog*>(form)->relations();
            REQUIRE(related);
            QTest::keyClicks(related->searchBox(), QStringLiteral("kerk kemmel"));
            formSeen = related->matchList()->count() >= 1;
            QTest::keyClick(related->searchBox(), Qt::Key_Return);
            CHECK(related->linkedList()->count() == 1);
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
    });
    QTest::mouseDClick(demo.canvas, Qt::LeftButton, {}, onSymbol(fiche, back).toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(formSeen, 5000);
    const auto edited = demo.store()->observation(fiche.identity.uuid);
    REQUIRE(edited);
    REQUIRE(edited.value().links.size() == 1);
    const auto church = demo.store()->observation(edited.value().links.first());
    REQUIRE(church);
    CHECK(church.value().title(QStringLiteral("nl")).contains(QStringLiteral("Kemmel")));

    // Both fiches name each other in the detail view; a link there picks the other one.
    QTRY_VERIFY_WITH_TIMEOUT(dock->detail()->toPlainText().contains(church.value().title(QStringLiteral("fr"))), 5000);
    dock->selectObservation(church.value().identity.uuid);
    QTRY_VERIFY_WITH_TIMEOUT(dock->detail()->toPlainText().contains(fiche.title(QStringLiteral("fr"))), 5000);
    CHECK(dock->detail()->toHtml().contains(QStringLiteral("fiche:%1").arg(fiche.identity.uuid.toString(QUuid::WithoutBraces))));

    demo.feature->session()->undoStack()->undo();
    CHECK(demo.store()->observation(fiche.identity.uuid).value().links.isEmpty());
}

TEST_CASE("files dropped on the map: geotagged photos at their position, others where they fall, or on a fiche",
          "[gui][observatory]")
{
    OpenDemo demo;
    ui::MediathequeDock* media = demo.feature->mediatheque();
    const int fichesBefore = demo.store()->count({}).value();
    auto [fiche, lonLat] = pointFiche(*demo.store(), QStringLiteral("kemmel"));
    const QPointF at = demo.showAt(lonLat);
    const QPointF empty = at + QPointF(-120, 90);  // open country, 150 m from the fiche

    const QString geotagged = demo.dir.filePath(QStringLiteral("cassel.jpg"));
    test::writeCasselPhoto(geotagged, QColor(0x55, 0x88, 0x44));
    const QString plain1 = photo(demo.dir, QStringLiteral("facade.png"), QColor(0xaa, 0x33, 0x22));
    const QString plain2 = photo(demo.dir, QStringLiteral("porche.png"), QColor(0x22, 0x33, 0xaa));

    QSignalSpy imported(media, &ui::MediathequeDock::imported);
    demo.drop({geotagged, plain1, plain2}, empty);
    REQUIRE(imported.wait(20000));
    const auto fiches = imported.first().at(0).value<QList<core::Observation>>();
    CHECK(imported.first().at(1).toStringList().isEmpty());
    REQUIRE(fiches.size() == 2);  // one at Cassel, one where the two others fell
    CHECK(demo.store()->count({}).value() == fichesBefore + 2);
    const core::Observation* dropped = nullptr;
    for (const core::Observation& o : fiches)
        if (o.titleFr == QStringLiteral("facade"))  // named after the first file without a position
            dropped = &o;
    REQUIRE(dropped);
    const auto points = demo.store()->points({});
    const QPointF expected = demo.lonLatAt(empty);
    bool placed = false;
    for (const gis::ObservationPoint& p : points.value())
        if (p.uuid == dropped->identity.uuid)
            placed = std::abs(p.lon - expected.x()) < 1e-6 && std::abs(p.lat - expected.y()) < 1e-6;
    CHECK(placed);
    CHECK(demo.store()->mediaOf(dropped->identity.uuid).value().size() == 2);

    // Dropped on a fiche's symbol, a file joins that fiche and makes none.
    const int mediaBefore = int(demo.store()->mediaOf(fiche.identity.uuid).value().size());
    const QString plan = photo(demo.dir, QStringLiteral("plan.png"), QColor(0xee, 0xdd, 0x11));
    demo.drop({plan}, onSymbol(fiche, at));
    QTRY_COMPARE_WITH_TIMEOUT(int(demo.store()->mediaOf(fiche.identity.uuid).value().size()), mediaBefore + 1, 20000);
    CHECK(demo.store()->count({}).value() == fichesBefore + 2);

    // The fiches made from the drop are undone like any other.
    demo.feature->session()->undoStack()->undo();
    CHECK(demo.store()->count({}).value() == fichesBefore + 1);
}

TEST_CASE("media details: title, caption, credits and licence edited in the mediatheque, undoable",
          "[gui][observatory]")
{
    OpenDemo demo;
    ui::MediathequeDock* media = demo.feature->mediatheque();
    media->raise();
    QTRY_VERIFY_WITH_TIMEOUT(media->grid()->count() == 4, 10000);
    media->grid()->setCurrentRow(0);
    REQUIRE(media->editDetailsButton()->isEnabled());
    const QString sha = media->grid()->currentItem()->data(Qt::UserRole + 1).toString();
    const auto before = demo.store()->mediaBySha256(sha);
    REQUIRE((before && before.value()));

    QObject::connect(media, &ui::MediathequeDock::detailsFormOpened, media, [](QWidget* form) {
        QTimer::singleShot(0, form, [form] {
            auto* title = form->findChild<QLineEdit*>(QStringLiteral("mediaTitle"));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Beffroi de Bergues"));
            auto* credits = form->findChild<QLineEdit*>(QStringLiteral("mediaCredits"));
            credits->selectAll();
            QTest::keyClicks(credits, QStringLiteral("CAUE du Nord"));
            form->findChild<QComboBox*>(QStringLiteral("mediaLicence"))->setCurrentText(QStringLiteral("CC-BY-4.0"));
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
    });
    QTest::mouseClick(media->editDetailsButton(), Qt::LeftButton);
    const auto after = demo.store()->mediaBySha256(sha);
    REQUIRE((after && after.value()));
    CHECK(after.value()->title == QStringLiteral("Beffroi de Bergues"));
    CHECK(after.value()->credits == QStringLiteral("CAUE du Nord"));
    CHECK(after.value()->licence == QStringLiteral("CC-BY-4.0"));
    CHECK(after.value()->identity.version == before.value()->identity.version + 1);
    QTRY_VERIFY_WITH_TIMEOUT(media->details()->text().contains(QStringLiteral("Beffroi de Bergues")), 10000);

    demo.feature->session()->undoStack()->undo();
    CHECK(demo.store()->mediaBySha256(sha).value()->title == before.value()->title);
}

TEST_CASE("thousands of fiches in view are drawn as one dot on each, the ground between them left clear",
          "[gui][observatory]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = test::copyDemoAtlas(dir);
    // A 60 × 50 grid of landmarks every 0.01° (about 700 m): more than symbols can show.
    QList<QPointF> grid;
    {
        auto store = gis::ObservationStore::open(atlas);
        REQUIRE(store);
        const core::Status added = store.value()->batch([&]() -> core::Status {
            for (int i = 0; i < 60; ++i) {
                for (int j = 0; j < 50; ++j) {
                    core::Observation o = core::Observation::create(core::ObservationKind::Landmark);
                    const QPointF lonLat(2.305 + i * 0.01, 50.505 + j * 0.01);
                    o.titleFr = QStringLiteral("Repère %1-%2").arg(i).arg(j);
                    o.geometryWkb = core::pointWkb(lonLat.x(), lonLat.y());
                    if (auto saved = store.value()->saveObservation(o); !saved)
                        return saved.error();
                    grid << lonLat;
                }
            }
            return core::Done{};
        });
        REQUIRE(added);
    }
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    auto* canvas = f.window->findChild<ui::MapCanvas*>();
    REQUIRE(feature);
    REQUIRE(canvas);
    ui::ObservationOverlay* overlay = feature->overlay();
    QSignalSpy loaded(overlay, &ui::ObservationOverlay::reloaded);
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    REQUIRE(overlay->pointCount() >= 3000);

    const QString crs = canvas->mapSettings().crs;
    const gis::CrsTransform toMap(QStringLiteral("EPSG:4326"), crs);
    auto mapOf = [&](QPointF lonLat) {
        double x = lonLat.x(), y = lonLat.y();
        REQUIRE(toMap.transformPoint(x, y));
        return QPointF(x, y);
    };
    const QPointF low = mapOf({2.29, 50.49}), high = mapOf({2.91, 51.0});
    canvas->setExtent(core::Extent{low.x(), low.y(), high.x(), high.y()});
    REQUIRE(f.waitForMap());

    QImage image(overlay->size(), QImage::Format_ARGB32_Premultiplied);
    auto pixelAt = [&](QPointF lonLat) {
        const QPointF map = mapOf(lonLat);
        const QPoint at = (canvas->mapSettings().toPixel(map.x(), map.y()) / canvas->devicePixelRatioF()).toPoint();
        REQUIRE(image.rect().contains(at));
        return image.pixel(at);
    };
    int inked = 0, clear = 0;
    // The first paint asks a worker for the dots; they show once it has drawn them.
    for (int attempt = 0; attempt < 200 && inked < grid.size(); ++attempt) {
        QTest::qWait(attempt ? 50 : 0);
        image.fill(Qt::transparent);
        overlay->render(&image);
        inked = clear = 0;
        for (const QPointF& lonLat : grid) {
            const QRgb dot = pixelAt(lonLat);
            if (qAlpha(dot) == 255 && qGray(dot) < 80)
                ++inked;
            // Halfway to the next fiche up and right: no fiche there (bar a demo one by chance).
            if (qAlpha(pixelAt(lonLat + QPointF(0.005, 0.005))) == 0)
                ++clear;
        }
    }
    image.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/fiche-dots.png"));
    CHECK(inked == grid.size());
    CHECK(clear >= grid.size() * 95 / 100);
}
