// Edit › Add feature / rectangle / circle in the main window, on a copy of the demo atlas:
// the tools follow the current layer's geometry, a drawn rectangle lands in the atlas with
// its attributes, and Edit › Undo takes it back.

#include "gis/store/layer_editor.h"
#include "gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/attribute_form_dialog.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/editing_actions.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

// The uuid and table of the demo layer named `name`.
std::pair<QUuid, QString> demoLayer(ui::MainWindow& window, const QString& name)
{
    for (const core::LayerSpec& layer : window.findChild<ui::DocumentController*>()->document().layers)
        if (layer.name == name)
            return {layer.identity.uuid, layer.sourceLayer};
    FAIL("no layer " << name.toStdString() << " in the demo atlas");
    return {};
}

// The attribute form the next drawn feature opens gets `name` typed, then Return.
void answerAttributeForm(const QString& name)
{
    QTimer::singleShot(0, [name] {
        auto* form = qobject_cast<ui::AttributeFormDialog*>(QApplication::activeModalWidget());
        REQUIRE(form);
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("name")), name);
        QTest::keyClick(form->findChild<QLineEdit*>(QStringLiteral("name")), Qt::Key_Return);
    });
}

}  // namespace

TEST_CASE("Edit › Add rectangle draws into the current polygon layer; Undo takes it back", "[gui][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("demo.atlas"));
    REQUIRE(QFile::copy(test::demoAtlasPath(), atlas));
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE(f.waitForMap());
    auto* edit = f.window->findChild<ui::EditingActions*>();
    REQUIRE(edit);
    auto* layers = f.window->findChild<ui::LayersDock*>();
    REQUIRE(layers);

    // The places are points: a point tool, no rectangles.
    layers->selectLayer(demoLayer(*f.window, QStringLiteral("Partons 2.0 — lieux / plaatsen")).first);
    CHECK(edit->addFeatureAction()->isEnabled());
    CHECK_FALSE(edit->addRectangleAction()->isEnabled());

    const auto [units, table] = demoLayer(*f.window, QStringLiteral("Départements / Provincies"));
    layers->selectLayer(units);
    REQUIRE(edit->addRectangleAction()->isEnabled());
    CHECK(edit->addCircleAction()->isEnabled());
    const gis::LayerEditor editor(f.window->findChild<ui::DocumentController*>()->workingPath(), table);
    const qint64 before = editor.count().value();

    answerAttributeForm(QStringLiteral("Zone d'etude"));
    edit->addRectangleAction()->trigger();
    QWidget* canvas = f.window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center() - QPoint(80, 50));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center() + QPoint(80, 50));
    CHECK(editor.count().value() == before + 1);
    REQUIRE(f.waitForMap());
    CHECK(f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-rectangle.png")));

    QAction* undo = edit->undoAction();
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(editor.count().value() == before);

    // Esc with nothing drawn leaves the tool.
    QTest::keyClick(canvas, Qt::Key_Escape);
    CHECK_FALSE(edit->addRectangleAction()->isChecked());
    CHECK(f.window->canvas()->mapTool() == nullptr);

    // No current layer: the tools are off and say why.
    layers->selectLayer({});
    CHECK_FALSE(edit->addFeatureAction()->isEnabled());
    CHECK(edit->addFeatureAction()->toolTip().contains(QStringLiteral("Layers")));
}

TEST_CASE("Edit › Add rectangle draws into a GeoPackage layer in place; a shapefile says why it cannot", "[gui][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("demo.atlas"));
    REQUIRE(QFile::copy(test::demoAtlasPath(), atlas));
    REQUIRE(f.window->openAtlas(atlas));
    // A planner's own files beside the atlas, made by ogr2ogr as another tool would.
    const QString zones = dir.writeFile(QStringLiteral("zones.geojson"),
                                        R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                                        R"("properties":{"name":"Zone"},"geometry":{"type":"Polygon",)"
                                        R"("coordinates":[[[2.9,50.6],[3.1,50.6],[3.1,50.7],[2.9,50.6]]]}}]})");
    const QString gpkg = dir.filePath(QStringLiteral("zones.gpkg"));
    const QString shp = dir.filePath(QStringLiteral("zones.shp"));
    for (const QString& target : {gpkg, shp}) {
        QProcess ogr2ogr;
        ogr2ogr.start(QStringLiteral("ogr2ogr"), {target, zones});
        REQUIRE(ogr2ogr.waitForFinished(30000));
        REQUIRE(ogr2ogr.exitCode() == 0);
    }
    auto* document = f.window->findChild<ui::DocumentController*>();
    REQUIRE(document->addLayersFromFile(gpkg).value() == 1);
    REQUIRE(document->addLayersFromFile(shp).value() == 1);
    REQUIRE(f.waitForMap());
    auto* edit = f.window->findChild<ui::EditingActions*>();
    auto* layers = f.window->findChild<ui::LayersDock*>();
    const auto layerOf = [&](const QString& path) {
        for (const core::LayerSpec& layer : document->document().layers)
            if (layer.sourcePath == path)
                return layer;
        FAIL("no layer for " << path.toStdString());
        return core::LayerSpec{};
    };

    layers->selectLayer(layerOf(shp).identity.uuid);
    CHECK_FALSE(edit->addFeatureAction()->isEnabled());
    CHECK(edit->addFeatureAction()->toolTip().contains(QStringLiteral("only GeoPackage and SpatiaLite")));

    const core::LayerSpec zonesLayer = layerOf(gpkg);
    layers->selectLayer(zonesLayer.identity.uuid);
    REQUIRE(edit->addRectangleAction()->isEnabled());
    const gis::LayerEditor editor(gpkg, zonesLayer.sourceLayer);
    REQUIRE(editor.count().value() == 1);
    answerAttributeForm(QStringLiteral("Plan guide"));
    edit->addRectangleAction()->trigger();
    QWidget* canvas = f.window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center() - QPoint(60, 40));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center() + QPoint(60, 40));
    REQUIRE(editor.count().value() == 2);
    CHECK(editor.read(2).value().attributes.value(QStringLiteral("name")).toString() == QStringLiteral("Plan guide"));

    // Undo and redo reach the file itself.
    edit->undoAction()->trigger();
    CHECK(editor.count().value() == 1);
    edit->redoAction()->trigger();
    CHECK(editor.count().value() == 2);
    REQUIRE(f.waitForMap());
    CHECK(f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-geopackage.png")));
    CHECK(editor.read(2).value().attributes.value(QStringLiteral("name")).toString() == QStringLiteral("Plan guide"));
}
