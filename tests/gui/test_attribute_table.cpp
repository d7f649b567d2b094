// View › Attribute table on the demo atlas: the table lists the Partons places, sorts and
// filters them, its selection is highlighted on the map, a click on the map with the
// select tool selects the row of the place clicked, and Delete removes rows (undoable).

#include "gis/store/layer_editor.h"
#include "gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/select_feature_tool.h"
#include "ui/attributes/selection_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/editing_actions.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace atlas;

TEST_CASE("the attribute table sorts, filters, and selects with the map both ways", "[gui][attributes]")
{
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    REQUIRE(f.waitForMap());
    auto* feature = f.window->findChild<ui::AttributeTableFeature*>();
    REQUIRE(feature);
    ui::AttributeTableDock* dock = feature->dock();
    QUuid places;
    for (const core::LayerSpec& layer : f.window->findChild<ui::DocumentController*>()->document().layers)
        if (layer.name.startsWith(QStringLiteral("Partons")))
            places = layer.identity.uuid;
    f.window->findChild<ui::LayersDock*>()->selectLayer(places);

    QSignalSpy loaded(dock, &ui::AttributeTableDock::loaded);
    feature->openAction()->trigger();
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    CHECK(dock->isVisible());
    QTableView* view = dock->view();
    CHECK(view->model()->rowCount() == 18);

    // Sorted by name: Abele comes first, Wylder last.
    int nameColumn = -1;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        if (view->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("name"))
            nameColumn = c;
    REQUIRE(nameColumn >= 0);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(view->horizontalHeader()->sectionViewportPosition(nameColumn) + 5, 5));
    CHECK(view->model()->index(0, nameColumn).data().toString() == QStringLiteral("Abele"));
    CHECK(view->model()->index(17, nameColumn).data().toString() == QStringLiteral("Wylder"));

    // Filtered as typed.
    QTest::keyClicks(dock->filterBox(), QStringLiteral("kemmel"));
    REQUIRE(view->model()->rowCount() == 1);

    // Selected in the table: highlighted on the map.
    QSignalSpy shown(feature->overlay(), &ui::SelectionOverlay::selectionShown);
    view->selectRow(0);
    REQUIRE((shown.count() > 0 || shown.wait(10000)));
    CHECK(feature->overlay()->shownFeatures() == 1);
    const QSet<qint64> kemmel = dock->selectedFeatures();
    REQUIRE(kemmel.size() == 1);
    const core::Extent at = feature->overlay()->extent();
    REQUIRE_FALSE(at.isNull());
    ui::MapCanvas* canvas = f.window->canvas();
    const QPointF pixel = canvas->mapSettings().toPixel(at.xMin, at.yMin) / canvas->devicePixelRatioF();
    REQUIRE(f.waitForMap());
    CHECK(f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/attribute-table.png")));

    // Picked on the map: the same row comes back selected.
    dock->filterBox()->clear();
    view->clearSelection();
    CHECK(dock->selectedFeatures().isEmpty());
    feature->selectAction()->trigger();
    REQUIRE(canvas->mapTool() == static_cast<ui::MapTool*>(feature->selectTool()));
    QSignalSpy picked(feature->selectTool(), &ui::SelectFeatureTool::picked);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixel.toPoint());
    REQUIRE(picked.wait(10000));  // the layer is read off the UI thread
    CHECK(dock->selectedFeatures() == kemmel);
    // A click on empty sea selects nothing.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(5, 5));
    REQUIRE(picked.wait(10000));
    CHECK(dock->selectedFeatures().isEmpty());
}

TEST_CASE("Delete in the table removes the selected features of an owned layer; undo brings them back",
          "[gui][attributes][edit]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("demo.atlas"));
    REQUIRE(QFile::copy(test::demoAtlasPath(), atlas));
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE(f.waitForMap());
    auto* feature = f.window->findChild<ui::AttributeTableFeature*>();
    REQUIRE(feature);
    ui::AttributeTableDock* dock = feature->dock();
    auto* document = f.window->findChild<ui::DocumentController*>();
    QString table;
    for (const core::LayerSpec& layer : document->document().layers)
        if (layer.name.startsWith(QStringLiteral("Partons"))) {
            f.window->findChild<ui::LayersDock*>()->selectLayer(layer.identity.uuid);
            table = layer.sourceLayer;
        }
    QSignalSpy loaded(dock, &ui::AttributeTableDock::loaded);
    feature->openAction()->trigger();
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    const gis::LayerEditor editor(document->workingPath(), table);
    REQUIRE(editor.count().value() == 18);

    // Two rows selected, Delete pressed in the table.
    dock->view()->selectionModel()->select(dock->view()->model()->index(0, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dock->view()->selectionModel()->select(dock->view()->model()->index(3, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QSet<qint64> chosen = dock->selectedFeatures();
    REQUIRE(chosen.size() == 2);
    REQUIRE(feature->deleteAction()->isEnabled());
    loaded.clear();
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    CHECK(editor.count().value() == 16);
    for (qint64 id : chosen)
        CHECK_FALSE(editor.read(id));
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    CHECK(dock->view()->model()->rowCount() == 16);

    // Undo: the same features, with their ids.
    auto* edit = f.window->findChild<ui::EditingActions*>();
    REQUIRE(edit);
    edit->undoAction()->trigger();
    CHECK(editor.count().value() == 18);
    for (qint64 id : chosen)
        CHECK(editor.read(id));
}
