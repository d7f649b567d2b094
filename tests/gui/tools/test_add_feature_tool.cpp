// Adding a point with real mouse and key events: the click places it, the attribute
// form takes typed values (and refuses a bad number), undo and redo remove and restore
// the same feature in the atlas.

#include "core/model/atlas_document.h"
#include "gis/crs/crs_transform.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis/store/owned_layer_editor.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "tool_canvas.h"
#include "ui/dialogs/attribute_form_dialog.h"
#include "ui/tools/add_point_tool.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <cstring>
#include <functional>

using namespace atlas;

namespace {

struct Atlas {
    test::TempDir dir;
    QString path = dir.filePath(QStringLiteral("edit.atlas"));
    QString table;
    Atlas()
    {
        REQUIRE(gis::createAtlas(path, core::AtlasDocument{}));
        const QString json = dir.writeFile(
            QStringLiteral("places.geojson"),
            test::geojson::featureCollection({test::geojson::feature(
                test::geojson::point({3.0573, 50.6292}), R"({"name":"Lille","population":236710,"since":"1858-02-01"})")}));
        gis::VectorImportRequest r;
        r.atlasPath = path;
        r.sourcePath = json;
        auto imported = gis::importVectorLayer(r);
        REQUIRE(imported);
        table = imported.value().sourceLayer;
    }
};

// Runs `fill` on the attribute form as soon as it is shown (it is modal).
void whenFormShows(std::function<void(ui::AttributeFormDialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* form = qobject_cast<ui::AttributeFormDialog*>(QApplication::activeModalWidget());
        REQUIRE(form);
        fill(form);
    });
}

QPointF pointOf(const QByteArray& wkb)
{
    REQUIRE(wkb.size() == 21);
    double xy[2];
    std::memcpy(xy, wkb.constData() + 5, 16);
    return {xy[0], xy[1]};
}

}  // namespace

TEST_CASE("a click adds a point with the typed attributes; undo and redo", "[gui][tools][edit]")
{
    Atlas atlas;
    test::ToolCanvas c;
    QUndoStack stack;
    auto* tool = new ui::AddPointTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("places"));
    c.canvas.setMapTool(tool);
    QSignalSpy added(tool, &ui::AddPointTool::featureAdded);
    const gis::OwnedLayerEditor editor(atlas.path, atlas.table);

    whenFormShows([](ui::AttributeFormDialog* form) {
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Roubaix"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("population")), QStringLiteral("98089"));
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("since")), QStringLiteral("1790-01-01"));
        QTest::keyClick(form->findChild<QLineEdit*>(QStringLiteral("since")), Qt::Key_Return);
    });
    const QPoint click(400, 300);
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, click);
    REQUIRE(added.size() == 1);
    const qint64 fid = added.first().first().toLongLong();
    CHECK(editor.count().value() == 2);
    auto record = editor.read(fid);
    REQUIRE(record);
    CHECK(record.value().attributes.value(QStringLiteral("name")).toString() == QStringLiteral("Roubaix"));
    CHECK(record.value().attributes.value(QStringLiteral("population")).toLongLong() == 98089);
    CHECK(record.value().attributes.value(QStringLiteral("since")).toString() == QStringLiteral("1790-01-01"));
    // Stored in the layer's CRS (WGS 84) where the click was on the Lambert-93 map.
    QPointF expected = c.canvas.mapSettings().toMap(QPointF(click) * c.canvas.devicePixelRatioF());
    double x = expected.x(), y = expected.y();
    REQUIRE(gis::CrsTransform(QStringLiteral("EPSG:2154"), QStringLiteral("EPSG:4326")).transformPoint(x, y));
    CHECK(pointOf(record.value().wkb).x() == Approx(x).margin(1e-9));
    CHECK(pointOf(record.value().wkb).y() == Approx(y).margin(1e-9));

    stack.undo();
    CHECK(editor.count().value() == 1);
    CHECK_FALSE(editor.read(fid));
    stack.redo();
    CHECK(editor.count().value() == 2);
    auto again = editor.read(fid);
    REQUIRE(again);
    CHECK(again.value().attributes == record.value().attributes);
    CHECK(again.value().wkb == record.value().wkb);
}

TEST_CASE("the form refuses a bad number, and cancelling adds nothing", "[gui][tools][edit]")
{
    Atlas atlas;
    test::ToolCanvas c;
    QUndoStack stack;
    auto* tool = new ui::AddPointTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("places"));
    c.canvas.setMapTool(tool);
    bool refused = false;
    whenFormShows([&refused](ui::AttributeFormDialog* form) {
        auto* population = form->findChild<QLineEdit*>(QStringLiteral("population"));
        QTest::keyClicks(population, QStringLiteral("many"));
        QTest::keyClick(population, Qt::Key_Return);
        // Still open, saying which field is wrong.
        const auto* problem = form->findChild<QLabel*>(QStringLiteral("problem"));
        refused = form->isVisible() && problem && problem->isVisible() &&
                  problem->text().contains(QStringLiteral("population")) && problem->text().contains(QStringLiteral("many"));
        QTest::keyClick(form, Qt::Key_Escape);
    });
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(200, 200));
    CHECK(refused);
    CHECK(gis::OwnedLayerEditor(atlas.path, atlas.table).count().value() == 1);
    CHECK(stack.count() == 0);
}
