// The layers dock drives the document: visibility boxes, up/down buttons, removal,
// and the map redraws after each change.

#include "gui/gui_fixture.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/models/layer_list_model.h"

#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace atlas;

namespace {

QStringList documentOrder(const ui::DocumentController* doc)
{
    QStringList names;
    for (const core::LayerSpec& l : doc->document().layers)
        names << l.name;
    return names;
}

QToolButton* buttonWithTip(QWidget* parent, const QString& tipStart)
{
    for (auto* b : parent->findChildren<QToolButton*>())
        if (b->toolTip().startsWith(tipStart))
            return b;
    return nullptr;
}

}  // namespace

TEST_CASE("the layers dock toggles, reorders and removes layers", "[gui]")
{
    test::GuiFixture f;
    test::TempDir dir;
    using namespace test::geojson;
    for (const char* name : {"a", "b", "c"})
        dir.writeFile(QStringLiteral("%1.geojson").arg(QLatin1String(name)),
                      featureCollection({feature(point({3.0, 50.6}))}));
    ui::DocumentController* doc = f.window->document();
    for (const char* name : {"a", "b", "c"})
        REQUIRE(doc->addLayersFromFile(dir.filePath(QStringLiteral("%1.geojson").arg(QLatin1String(name)))).ok());
    REQUIRE(documentOrder(doc) == QStringList{"a", "b", "c"});

    ui::LayersDock* dock = f.window->layersDock();
    ui::LayerListModel* model = dock->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0).data().toString() == QStringLiteral("c"));  // the top layer is listed first

    SECTION("unchecking a row hides the layer and redraws the map")
    {
        REQUIRE(f.waitForMap());
        QSignalSpy started(f.window->canvas(), &ui::MapCanvas::renderStarted);
        const QRect box = dock->view()->visualRect(model->index(1));
        // Click the check box at the left edge of the row.
        QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 10, box.center().y()));
        CHECK_FALSE(doc->document().layers[1].visible);
        CHECK(started.wait(2000));
    }
    SECTION("the down button moves the selected layer down")
    {
        dock->selectLayer(doc->document().layers[2].identity.uuid);  // "c", top row
        QToolButton* down = buttonWithTip(dock, QStringLiteral("Move the layer down"));
        REQUIRE(down);
        QTest::mouseClick(down, Qt::LeftButton);
        CHECK(documentOrder(doc) == QStringList{"a", "c", "b"});
        QToolButton* up = buttonWithTip(dock, QStringLiteral("Move the layer up"));
        QTest::mouseClick(up, Qt::LeftButton);
        CHECK(documentOrder(doc) == QStringList{"a", "b", "c"});
    }
    SECTION("the remove button removes the selected layer")
    {
        dock->selectLayer(doc->document().layers[0].identity.uuid);
        QTest::mouseClick(buttonWithTip(dock, QStringLiteral("Remove")), Qt::LeftButton);
        CHECK(documentOrder(doc) == QStringList{"b", "c"});
    }
}
