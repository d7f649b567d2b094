// Adding and editing an activity with real clicks and keys: the form's fields, a point
// then an area picked on the map, links to a fiche and a publication; the activity is
// saved with its change-log row and drawn on the map with its own symbol.

#include "gui/gui_fixture.h"
#include "core/model/wkb_point.h"
#include "gis/crs/crs_transform.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "gis/store/activity_store.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/activities/activities_feature.h"
#include "ui/activities/activity_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/activity_form_dialog.h"
#include "ui/docks/activities_dock.h"
#include "ui/docks/activity_timeline.h"
#include "ui/tools/sketch_tool.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace atlas;
using test::click;
const auto type = test::typeInto;

namespace {

// Checks the row labelled `label` of a form's link list with the keyboard.
void checkLink(QListWidget* list, const QString& label)
{
    const auto items = list->findItems(label, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    list->setFocus();
    list->setCurrentItem(items.first());
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(items.first()->checkState() == Qt::Checked);
}

QList<core::Activity> stored(const QString& atlas)
{
    auto store = gis::ObservationStore::open(atlas);
    REQUIRE(store.ok());
    auto list = gis::ActivityStore(store.value()->database()).list();
    REQUIRE(list.ok());
    return list.value();
}

// Longitude/latitude under a pixel of the canvas.
QPointF lonLatAt(ui::MapCanvas* canvas, QPoint pixel)
{
    const QPointF map = canvas->mapSettings().toMap(QPointF(pixel) * canvas->devicePixelRatioF());
    double x = map.x(), y = map.y();
    gis::CrsTransform(canvas->mapSettings().crs, QStringLiteral("EPSG:4326")).transformPoint(x, y);
    return {x, y};
}

}  // namespace

TEST_CASE("an activity is added and edited in its form, placed on the map and drawn there", "[gui][activities]")
{
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("caue.atlas"));
    core::AtlasDocument doc;
    doc.title = QStringLiteral("CAUE");
    doc.crs = QStringLiteral("EPSG:2154");
    doc.initialView = {600000, 7040000, 720000, 7120000};
    REQUIRE(gis::createAtlas(atlas, doc).ok());
    QUuid ficheUuid, publicationUuid;
    {
        auto store = gis::ObservationStore::open(atlas);
        REQUIRE(store.ok());
        core::Observation fiche = core::Observation::create(core::ObservationKind::Project);
        fiche.titleFr = QStringLiteral("Jardin partagé de Bailleul");
        fiche.geometryWkb = core::pointWkb(2.73, 50.74);
        REQUIRE(store.value()->saveObservation(fiche).ok());
        ficheUuid = fiche.identity.uuid;
        core::Publication p = core::Publication::create();
        p.titleFr = QStringLiteral("Les jardins");
        REQUIRE(gis::PublicationStore(store.value()->database()).save(p).ok());
        publicationUuid = p.identity.uuid;
    }
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(atlas));
    f.window->show();
    REQUIRE(f.waitForMap());
    auto* feature = f.window->findChild<ui::ActivitiesFeature*>();
    REQUIRE(feature);
    ui::ActivitiesDock* dock = feature->dock();
    dock->show();
    dock->raise();
    ui::MapCanvas* canvas = f.window->canvas();

    click(dock->newButton());
    ui::ActivityFormDialog* form = feature->form();
    REQUIRE(form);
    REQUIRE(form->isVisible());
    type(form->titleEdit(QStringLiteral("fr")), QStringLiteral("Atelier des jardins"));
    type(form->titleEdit(QStringLiteral("nl")), QStringLiteral("Tuinenatelier"));
    form->typeBox()->setFocus();
    QTest::keyClick(form->typeBox(), Qt::Key_Down);  // advice mission -> workshop
    form->statusBox()->setFocus();
    QTest::keyClick(form->statusBox(), Qt::Key_Down);  // planned -> ongoing
    type(form->organisationEdit(), QStringLiteral("CAUE du Nord"));
    type(form->peopleEdit(), QStringLiteral("Anne Leroy, Pieter Claes"));
    form->startEdit()->setDate(QDate(2025, 4, 12));
    click(form->hasEnd());
    form->endEdit()->setDate(QDate(2025, 6, 30));
    click(form->hasBudget());
    form->budgetEdit()->selectAll();
    type(form->budgetEdit(), QStringLiteral("1500"));
    checkLink(form->links(QStringLiteral("fiches")), QStringLiteral("Jardin partagé de Bailleul"));
    checkLink(form->links(QStringLiteral("publications")), QStringLiteral("Les jardins"));

    // A point picked on the map while the form stays open.
    click(form->pickPointButton());
    REQUIRE(canvas->mapTool() == static_cast<ui::MapTool*>(feature->locationTool()));
    const QPoint spot = canvas->rect().center() + QPoint(-60, 40);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, spot);
    CHECK(canvas->mapTool() == nullptr);
    CHECK(form->locationLabel()->text().startsWith(QStringLiteral("Point at")));
    click(form->buttons()->button(QDialogButtonBox::Save));

    QList<core::Activity> list = stored(atlas);
    REQUIRE(list.size() == 1);
    core::Activity a = list.first();
    CHECK(a.titleFr == QStringLiteral("Atelier des jardins"));
    CHECK(a.titleNl == QStringLiteral("Tuinenatelier"));
    CHECK(a.type == core::ActivityType::Workshop);
    CHECK(a.status == core::ActivityStatus::Ongoing);
    CHECK(a.organisation == QStringLiteral("CAUE du Nord"));
    CHECK(a.people == QStringList{QStringLiteral("Anne Leroy"), QStringLiteral("Pieter Claes")});
    CHECK(a.start == QDate(2025, 4, 12));
    CHECK(a.end == QDate(2025, 6, 30));
    REQUIRE(a.budget.has_value());
    CHECK(*a.budget == Approx(1500));
    CHECK(a.fiches == QList<QUuid>{ficheUuid});
    CHECK(a.publications == QList<QUuid>{publicationUuid});
    const auto point = core::wkbPoint(a.locationWkb);
    REQUIRE(point.has_value());
    const QPointF expected = lonLatAt(canvas, spot);
    CHECK(point->x() == Approx(expected.x()).margin(1e-4));
    CHECK(point->y() == Approx(expected.y()).margin(1e-4));

    // Drawn on the map: a flag in the workshop colour standing on the point.
    ui::ActivityOverlay* overlay = feature->overlay();
    CHECK(overlay->placedCount() == 1);
    const auto at = overlay->symbolPosition(a.identity.uuid);
    REQUIRE(at.has_value());
    CHECK(QLineF(*at, QPointF(spot)).length() < 2);
    QApplication::processEvents();
    const QImage map = canvas->grab().toImage();
    const QColor colour = ui::ActivityTimeline::typeColour(core::ActivityType::Workshop);
    int flagPixels = 0;
    for (int y = spot.y() - 22; y < spot.y(); ++y)
        for (int x = spot.x(); x < spot.x() + 16; ++x) {
            const QColor c = map.pixelColor(QPoint(x, y) * map.devicePixelRatio());
            flagPixels += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                              std::abs(c.blue() - colour.blue()) < 40;
        }
    CHECK(flagPixels > 20);

    // Edit: the form shows what was saved; an area replaces the point.
    dock->selectActivity(a.identity.uuid);
    click(dock->editButton());
    form = feature->form();
    REQUIRE(form);
    CHECK(form->titleEdit(QStringLiteral("fr"))->text() == QStringLiteral("Atelier des jardins"));
    CHECK(form->budgetEdit()->value() == Approx(1500));
    click(form->pickAreaButton());
    const QPoint c = canvas->rect().center();
    for (const QPoint& p : {c + QPoint(-80, -60), c + QPoint(90, -50), c + QPoint(40, 80)})
        QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
    QTest::keyClick(canvas, Qt::Key_Return);
    CHECK(form->locationLabel()->text().startsWith(QStringLiteral("Area of")));
    click(form->buttons()->button(QDialogButtonBox::Save));
    list = stored(atlas);
    REQUIRE(list.size() == 1);
    gis::PathGeometry area;
    REQUIRE(gis::appendWkb(reinterpret_cast<const std::uint8_t*>(list.first().locationWkb.constData()),
                           std::size_t(list.first().locationWkb.size()), area));
    CHECK(area.hasPolygon());
    CHECK(area.pointCount() >= 4);
    CHECK(list.first().identity.version == 2);

    QApplication::processEvents();
    f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/activity_on_map.png"));
    auto store = gis::ObservationStore::open(atlas);
    REQUIRE(store.ok());
    CHECK(gis::readChangeLog(store.value()->database(), 0, a.identity.uuid).value().size() == 2);
}
