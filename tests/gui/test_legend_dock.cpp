// The legend panel: one entry per visible layer with a swatch drawn from its style, a row
// per category or class, kept up to date when styles or visibility change; plus a screenshot.

#include "gui/gui_fixture.h"
#include "support/fixture_files.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/docks/legend_dock.h"
#include "ui/document/document_controller.h"

#include <QSignalSpy>
#include <QTreeWidget>

using namespace atlas;

namespace {

const QColor kFaune(200, 30, 30), kFlore(30, 150, 30);

QStringList topLevelNames(const QTreeWidget* tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->text(0);
    return names;
}

// The colour at the middle of an item's swatch.
QRgb swatchCentre(const QTreeWidgetItem* item)
{
    const QImage image = item->icon(0).pixmap(QSize(28, 18), 1.0).toImage();
    return image.pixel(image.width() / 2, image.height() / 2);
}

const core::LayerSpec* layerNamed(const ui::DocumentController* doc, const QString& name)
{
    for (const core::LayerSpec& l : doc->document().layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

}  // namespace

TEST_CASE("the legend lists visible layers, their categories and classes", "[gui][legend]")
{
    test::GuiFixture f;
    test::TempDir dir;
    using namespace test::geojson;
    dir.writeFile(QStringLiteral("zones.geojson"),
                  featureCollection({feature(polygon({{{3.0, 50.5}, {3.1, 50.5}, {3.1, 50.6}, {3.0, 50.5}}}),
                                             R"({"kind":"faune","score":1})"),
                                     feature(polygon({{{3.2, 50.5}, {3.3, 50.5}, {3.3, 50.6}, {3.2, 50.5}}}),
                                             R"({"kind":"flore","score":9})")}));
    dir.writeFile(QStringLiteral("places.geojson"), featureCollection({feature(point({3.05, 50.55}))}));
    dir.writeFile(QStringLiteral("roads.geojson"),
                  featureCollection({feature(lineString({{3.0, 50.5}, {3.3, 50.6}}), R"({"score":4})")}));
    ui::DocumentController* doc = f.window->document();
    auto* dock = f.window->findChild<ui::LegendDock*>();
    REQUIRE(dock);
    REQUIRE(dock->isVisible());
    QTreeWidget* tree = dock->tree();
    QSignalSpy updated(dock, &ui::LegendDock::legendUpdated);

    for (const char* name : {"zones", "roads", "places"})
        REQUIRE(doc->addLayersFromFile(dir.filePath(QStringLiteral("%1.geojson").arg(QLatin1String(name)))).ok());
    REQUIRE(updated.wait(10000));
    while (updated.wait(300)) {
    }
    CHECK(topLevelNames(tree) == QStringList{"places", "roads", "zones"});  // top layer first
    for (int i = 0; i < 3; ++i)
        CHECK(tree->topLevelItem(i)->childCount() == 0);
    // A single symbol: the swatch shows the layer's fill (a marker for points).
    const core::LayerSpec* places = layerNamed(doc, QStringLiteral("places"));
    REQUIRE(places);
    CHECK(test::colourNear(swatchCentre(tree->topLevelItem(0)), places->style.fill.rgb(), 40));

    SECTION("categories and classes become rows with their colours")
    {
        core::LayerStyle zones = layerNamed(doc, QStringLiteral("zones"))->style;
        zones.opacity = 1;
        zones.fill.setAlpha(255);
        zones.thematic = core::categorize(QStringLiteral("kind"), {QStringLiteral("faune"), QStringLiteral("flore")}, {});
        zones.thematic.categories[0].colour = kFaune;
        zones.thematic.categories[1].colour = kFlore;
        zones.thematic.categories[1].label = QStringLiteral("Flore remarquable");
        doc->setLayerStyle(layerNamed(doc, QStringLiteral("zones"))->identity.uuid, zones);
        core::LayerStyle roads = layerNamed(doc, QStringLiteral("roads"))->style;
        roads.thematic = core::graduate(QStringLiteral("score"), {1, 2, 3, 4}, 2, core::ClassMethod::EqualInterval,
                                        QStringLiteral("Blues"));
        doc->setLayerStyle(layerNamed(doc, QStringLiteral("roads"))->identity.uuid, roads);
        REQUIRE(updated.wait(10000));
        while (updated.wait(300)) {
        }

        const QTreeWidgetItem* z = tree->topLevelItem(2);
        REQUIRE(z->childCount() == 3);
        CHECK(z->child(0)->text(0) == QStringLiteral("faune"));
        CHECK(z->child(1)->text(0) == QStringLiteral("Flore remarquable"));
        CHECK(z->child(2)->text(0) == QStringLiteral("Other values"));
        CHECK(test::colourNear(swatchCentre(z->child(0)), kFaune.rgb(), 3));
        CHECK(test::colourNear(swatchCentre(z->child(1)), kFlore.rgb(), 3));
        CHECK(z->toolTip(0) == QStringLiteral("Categorized by kind"));

        const QTreeWidgetItem* r = tree->topLevelItem(1);
        REQUIRE(r->childCount() == 3);
        CHECK(r->child(0)->text(0) == QStringLiteral("1 – 2.5"));
        CHECK(r->child(1)->text(0) == QStringLiteral("2.5 – 4"));
        // Lines show the class colour on their stroke.
        CHECK(test::colourNear(swatchCentre(r->child(1)), roads.thematic.classes[1].colour.rgb(), 40));

        f.window->resize(1100, 700);
        REQUIRE(f.waitForMap());
        const QString shot = QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/legend_dock.png");
        CHECK(f.window->grab().save(shot));

        SECTION("hiding a layer removes it from the legend")
        {
            doc->setLayerVisible(layerNamed(doc, QStringLiteral("roads"))->identity.uuid, false);
            REQUIRE(updated.wait(10000));
            CHECK(topLevelNames(tree) == QStringList{"places", "zones"});
        }
        SECTION("the legend speaks the interface language")
        {
            f.languages->setPreference(QStringLiteral("fr"));
            QCoreApplication::processEvents();  // Qt posts LanguageChange
            CHECK(dock->windowTitle() == QStringLiteral("Légende"));
            CHECK(tree->topLevelItem(2)->child(2)->text(0) == QStringLiteral("Autres valeurs"));
            f.languages->setPreference(QStringLiteral("nl"));
            QCoreApplication::processEvents();  // Qt posts LanguageChange
            CHECK(dock->windowTitle() == QStringLiteral("Legenda"));
            f.languages->setPreference(QStringLiteral("en"));
            QCoreApplication::processEvents();  // Qt posts LanguageChange
        }
    }
}
