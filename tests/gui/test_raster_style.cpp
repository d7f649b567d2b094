// A generated DEM in the desktop: the style dialog's raster part sets a shaded Terrain ramp through real clicks
// and keys, the map and the legend show it, the style survives save and reopen, and File › Build overviews…
// builds them in a worker and draws the map again; a large raster added without overviews gets the offer to
// build them. Saves a screenshot next to the test.

#include "gis/datasource/raster_overviews.h"
#include "gui/gui_fixture.h"
#include "support/dem_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/layer_style_dialog.h"
#include "ui/dialogs/raster_style_editor.h"
#include "ui/docks/layers_dock.h"
#include "ui/docks/legend_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/raster_actions.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace atlas;

namespace {

// Clicks the row of the only layer, then double-clicks it: the style dialog opens (modal).
void openStyleDialog(ui::LayersDock* dock)
{
    QListView* view = dock->view();
    const QRect row = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
}

}  // namespace

TEST_CASE("a DEM gets a shaded colour ramp from the style dialog, and overviews from the menu", "[gui][raster]")
{
    test::GuiFixture f;
    test::TempDir dir;
    test::Dem dem;
    dem.size = 512;  // large enough for two overview levels
    const QString tif = dir.filePath(QStringLiteral("relief.tif"));
    REQUIRE(dem.write(tif));
    ui::DocumentController* doc = f.window->document();
    REQUIRE(doc->addLayersFromFile(tif).ok());
    f.window->canvas()->setExtent(dem.extent().buffered(0.03));
    REQUIRE(f.waitForMap());
    auto* layers = f.window->findChild<ui::LayersDock*>();
    REQUIRE(layers);

    // In the dialog: Render as › Colour ramp, ramp Terrain, shaded, then OK.
    bool edited = false;
    QTimer::singleShot(0, [&edited] {
        auto* dialog = qobject_cast<ui::LayerStyleDialog*>(QApplication::activeModalWidget());
        ui::RasterStyleEditor* editor = dialog ? dialog->rasterEditor() : nullptr;
        CHECK(editor);
        if (!editor) {
            if (dialog)
                dialog->reject();
            return;
        }
        // The band's own range, read in a worker, shows in the (disabled) boxes.
        QSignalSpy read(editor, &ui::RasterStyleEditor::rangeRead);
        if (editor->maximumBox()->value() == 0)
            CHECK(read.wait(10000));
        CHECK(editor->maximumBox()->value() == Approx(170).margin(15));
        CHECK_FALSE(editor->maximumBox()->isEnabled());
        CHECK_FALSE(editor->rampBox()->isEnabled());
        editor->renderBox()->setFocus();
        QTest::keyClick(editor->renderBox(), Qt::Key_Down);  // Grey stretch
        QTest::keyClick(editor->renderBox(), Qt::Key_Down);  // Colour ramp
        CHECK(editor->rampBox()->isEnabled());
        editor->rampBox()->setFocus();
        QTest::keyClicks(editor->rampBox(), QStringLiteral("Te"));
        CHECK(editor->rampBox()->currentText() == QStringLiteral("Terrain"));
        QTest::mouseClick(editor->shadeBox(), Qt::LeftButton, {}, QPoint(6, editor->shadeBox()->height() / 2));
        CHECK(editor->shadeBox()->isChecked());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        edited = true;
    });
    openStyleDialog(layers);
    REQUIRE(edited);
    const core::RasterStyle style = doc->document().layers.first().style.raster;
    CHECK(style.render == core::RasterRender::Ramp);
    CHECK(style.ramp == QStringLiteral("Terrain"));
    CHECK(style.shade);
    CHECK_FALSE(style.customRange);

    // The map shows the ramp: the lowland north of the hill is green, not grey; the summit is pale.
    REQUIRE(f.waitForMap());
    const QImage map = f.window->canvas()->lastRenderedImage();
    const core::Extent e = dem.extent();
    const QPointF north = f.window->canvas()->mapSettings().toPixel(e.center().x(), e.yMax - 30 * test::Dem::kCell);
    const QPointF top = f.window->canvas()->mapSettings().toPixel(e.center().x(), e.center().y());
    const QColor lowland = map.pixelColor(north.toPoint());
    const QColor summit = map.pixelColor(top.toPoint());
    INFO("lowland " << lowland.name().toStdString() << ", summit " << summit.name().toStdString());
    CHECK(lowland.hsvSaturation() > 80);
    CHECK(lowland.green() > lowland.red() + 30);
    CHECK(summit.lightness() > lowland.lightness() + 60);

    // The legend shows the gradient and the band's range.
    auto* legend = f.window->findChild<ui::LegendDock*>();
    REQUIRE(legend);
    QSignalSpy legendUpdated(legend, &ui::LegendDock::legendUpdated);
    while (legendUpdated.wait(500)) {
    }
    const QTreeWidgetItem* entry = legend->tree()->topLevelItem(0);
    REQUIRE(entry);
    REQUIRE(entry->childCount() == 1);
    const QStringList ends = entry->child(0)->text(0).split(QStringLiteral(" – "));
    INFO(entry->child(0)->text(0).toStdString());
    REQUIRE(ends.size() == 2);
    CHECK(ends[0].toDouble() == Approx(20).margin(1));
    CHECK(ends[1].toDouble() == Approx(170).margin(15));

    f.window->resize(1100, 700);
    REQUIRE(f.waitForMap());
    CHECK(f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/raster_style.png")));

    SECTION("the style survives save and reopen")
    {
        const QString atlas = dir.filePath(QStringLiteral("relief.atlas"));
        REQUIRE(doc->saveAs(atlas).ok());
        REQUIRE(doc->newAtlas(QStringLiteral("EPSG:2154")).ok());
        REQUIRE(doc->open(atlas).ok());
        REQUIRE(doc->document().layers.size() == 1);
        CHECK(doc->document().layers.first().style.raster == style);
    }
    SECTION("File › Build overviews… builds them with progress and draws the map again")
    {
        auto* actions = f.window->findChild<ui::RasterActions*>();
        REQUIRE(actions);
        QAction* build = actions->buildOverviewsAction();
        QListView* view = layers->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        CHECK(build->isEnabled());  // the current layer is a raster
        CHECK(layers->view()->actions().contains(build));  // also on the layer's context menu
        QMenu* file = f.window->menuBar()->actions().first()->menu();
        REQUIRE(file->actions().contains(build));
        QSignalSpy done(actions, &ui::RasterActions::finished);
        QSignalSpy rendered(f.window->canvas(), &ui::MapCanvas::renderFinished);
        file->popup(f.window->mapToGlobal(QPoint(10, 30)));
        REQUIRE(QTest::qWaitForWindowExposed(file));
        QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(build).center());
        REQUIRE(done.wait(30000));
        INFO(done.first().at(1).toString().toStdString());
        CHECK(done.first().at(0).toBool());
        CHECK(done.first().at(1).toString().contains(QStringLiteral("1/4")));
        CHECK(gis::overviewCount(tif) == 2);
        CHECK(QFile::exists(tif + QStringLiteral(".ovr")));
        CHECK((rendered.count() > 0 || rendered.wait(10000)));
    }
}

TEST_CASE("a large raster added without overviews gets the offer to build them; a small one does not", "[gui][raster]")
{
    test::GuiFixture f;
    test::TempDir dir;
    // 4200 × 4200 pixels (over 16 million), compressed: small on disk, heavy to read whole.
    const QString big = dir.filePath(QStringLiteral("orthophoto.tif"));
    QProcess create;
    create.start(QStringLiteral("gdal_create"),
                 {"-of", "GTiff", "-outsize", "4200", "4200", "-bands", "1", "-burn", "90", "-a_srs", "EPSG:2154",
                  "-a_ullr", "650000", "7070000", "692000", "7028000", "-co", "COMPRESS=DEFLATE", big});
    REQUIRE(create.waitForFinished(60000));
    REQUIRE(create.exitCode() == 0);
    REQUIRE(gis::overviewCount(big) == 0);

    test::Dem small;  // 101 pixels: no offer
    const QString dem = dir.filePath(QStringLiteral("dem.tif"));
    REQUIRE(small.write(dem));
    ui::DocumentController* doc = f.window->document();
    REQUIRE(doc->addLayersFromFile(dem).ok());
    QApplication::processEvents();
    CHECK(f.window->findChild<QMessageBox*>(QStringLiteral("OverviewsOffer")) == nullptr);

    auto* actions = f.window->findChild<ui::RasterActions*>();
    QSignalSpy done(actions, &ui::RasterActions::finished);
    REQUIRE(doc->addLayersFromFile(big).ok());
    auto* offer = f.window->findChild<QMessageBox*>(QStringLiteral("OverviewsOffer"));
    REQUIRE(offer);
    CHECK(offer->isVisible());
    CHECK(offer->text().contains(QStringLiteral("4200 × 4200")));
    QTest::mouseClick(offer->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(done.wait(60000));
    INFO(done.first().at(1).toString().toStdString());
    CHECK(done.first().at(0).toBool());
    CHECK(gis::overviewCount(big) >= 4);
}
