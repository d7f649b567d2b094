// Adding features with real mouse and key events: a click places a point, clicks and a
// double click draw a line or a polygon, two clicks a rectangle or a circle; the attribute
// form takes typed values (and refuses a bad number), undo and redo remove and restore
// the same feature in the atlas.

#include "core/model/atlas_document.h"
#include "gis/crs/crs_transform.h"
#include "gis/formats/vector_import.h"
#include "gis/geometry/geometry_validity.h"
#include "gis/geometry/wkb_edit.h"
#include "gis/store/atlas_store.h"
#include "gis/store/layer_editor.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "tool_canvas.h"
#include "ui/dialogs/attribute_form_dialog.h"
#include "ui/tools/add_feature_tool.h"

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
    // A layer of one feature of `geometry` (GeoJSON) in WGS 84.
    explicit Atlas(const QByteArray& geometry = test::geojson::point({3.0573, 50.6292}))
    {
        REQUIRE(gis::createAtlas(path, core::AtlasDocument{}));
        const QString json = dir.writeFile(
            QStringLiteral("places.geojson"),
            test::geojson::featureCollection({test::geojson::feature(
                geometry, R"({"name":"Lille","population":236710,"since":"1858-02-01"})")}));
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
    auto* tool = new ui::AddFeatureTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("places"));
    c.canvas.setMapTool(tool);
    QSignalSpy added(tool, &ui::AddFeatureTool::featureAdded);
    const gis::LayerEditor editor(atlas.path, atlas.table);

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
    auto* tool = new ui::AddFeatureTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("places"));
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
    CHECK(gis::LayerEditor(atlas.path, atlas.table).count().value() == 1);
    CHECK(stack.count() == 0);
}

namespace {

// Type (single-part code) and vertex count of a stored WKB line or polygon (first ring);
// a multi of one part, as a MULTI* column stores it, is looked into.
std::pair<quint32, quint32> typeAndVertices(const QByteArray& stored)
{
    REQUIRE(stored.size() >= 9);
    quint32 type = 0, count = 0;
    std::memcpy(&type, stored.constData() + 1, 4);
    const QByteArray wkb = type >= 4 && type <= 6 ? stored.mid(9) : stored;
    std::memcpy(&type, wkb.constData() + 1, 4);
    std::memcpy(&count, wkb.constData() + (type == 3 ? 9 : 5), 4);  // a polygon has its ring count first
    return {type, count};
}

// Draws with `draw` on a fresh canvas over `atlas` with the shape given, types a name in
// the form and returns the stored feature.
gis::FeatureRecord drawFeature(Atlas& atlas, ui::ShapeSketch::Shape shape, const std::function<void(QWidget*)>& draw)
{
    test::ToolCanvas c;
    QUndoStack stack;
    auto* tool = new ui::AddFeatureTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("zones"), shape);
    c.canvas.setMapTool(tool);
    QSignalSpy added(tool, &ui::AddFeatureTool::featureAdded);
    QSignalSpy failed(tool, &ui::AddFeatureTool::failed);
    whenFormShows([](ui::AttributeFormDialog* form) {
        QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("drawn"));
        QTest::keyClick(form->findChild<QLineEdit*>(QStringLiteral("name")), Qt::Key_Return);
    });
    draw(&c.canvas);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(added.size() == 1);
    auto record = gis::LayerEditor(atlas.path, atlas.table).read(added.first().first().toLongLong());
    REQUIRE(record);
    CHECK(record.value().attributes.value(QStringLiteral("name")).toString() == QStringLiteral("drawn"));
    CHECK(stack.count() == 1);
    return record.value();
}

}  // namespace

TEST_CASE("clicks and a double click draw a line; Backspace takes a vertex back", "[gui][tools][edit]")
{
    Atlas atlas(test::geojson::lineString({{3.0, 50.6}, {3.1, 50.7}}));
    const auto line = drawFeature(atlas, ui::ShapeSketch::Shape::Line, [](QWidget* canvas) {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 120));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(350, 400));  // a slip, taken back
        QTest::keyClick(canvas, Qt::Key_Backspace);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(500, 200));
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, QPoint(500, 200));
    });
    CHECK(typeAndVertices(line.wkb) == std::pair<quint32, quint32>(2, 3));
}

TEST_CASE("a polygon closes itself; rectangles and circles take two clicks", "[gui][tools][edit]")
{
    Atlas atlas(test::geojson::polygon({{{3.0, 50.6}, {3.1, 50.6}, {3.1, 50.7}, {3.0, 50.6}}}));
    const auto polygon = drawFeature(atlas, ui::ShapeSketch::Shape::Polygon, [](QWidget* canvas) {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 100));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::keyClick(canvas, Qt::Key_Return);
    });
    CHECK(typeAndVertices(polygon.wkb) == std::pair<quint32, quint32>(3, 4));  // 3 vertices, closed

    const auto rectangle = drawFeature(atlas, ui::ShapeSketch::Shape::Rectangle, [](QWidget* canvas) {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(400, 300));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(600, 450));
    });
    CHECK(typeAndVertices(rectangle.wkb) == std::pair<quint32, quint32>(3, 5));

    const auto circle = drawFeature(atlas, ui::ShapeSketch::Shape::Circle, [](QWidget* canvas) {
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(200, 400));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(260, 400));
    });
    CHECK(typeAndVertices(circle.wkb) == std::pair<quint32, quint32>(3, 73));
    CHECK(gis::LayerEditor(atlas.path, atlas.table).count().value() == 4);
}

TEST_CASE("Esc drops a sketch without adding anything", "[gui][tools][edit]")
{
    Atlas atlas(test::geojson::lineString({{3.0, 50.6}, {3.1, 50.7}}));
    test::ToolCanvas c;
    QUndoStack stack;
    auto* tool = new ui::AddFeatureTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("routes"),
                                        ui::ShapeSketch::Shape::Line);
    c.canvas.setMapTool(tool);
    QSignalSpy cancelled(tool, &ui::SketchTool::cancelled);
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(200, 100));
    CHECK(tool->sketch().vertexCount() == 2);
    QTest::keyClick(&c.canvas, Qt::Key_Escape);
    CHECK(tool->sketch().isEmpty());
    CHECK(cancelled.isEmpty());
    QTest::keyClick(&c.canvas, Qt::Key_Return);  // nothing to end
    QTest::keyClick(&c.canvas, Qt::Key_Escape);  // nothing drawn: leave
    CHECK(cancelled.size() == 1);
    CHECK(stack.count() == 0);
    CHECK(gis::LayerEditor(atlas.path, atlas.table).count().value() == 1);
}

TEST_CASE("Shift+click closes a polygon's ring and starts a hole in it", "[gui][tools][edit]")
{
    Atlas atlas(test::geojson::polygon({{{3.0, 50.6}, {3.1, 50.6}, {3.1, 50.7}, {3.0, 50.6}}}));
    const auto holed = drawFeature(atlas, ui::ShapeSketch::Shape::Polygon, [](QWidget* canvas) {
        for (const QPoint& p : {QPoint(100, 100), QPoint(500, 100), QPoint(500, 400), QPoint(100, 400)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 200));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(350, 350));  // a slip, taken back
        QTest::keyClick(canvas, Qt::Key_Backspace);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::keyClick(canvas, Qt::Key_Return);
    });
    const QList<gis::VertexSequence> rings = gis::vertexSequences(holed.wkb);
    REQUIRE(rings.size() == 2);
    CHECK(rings[0].points.size() == 5);  // 4 vertices, closed
    CHECK(rings[1].points.size() == 4);  // a triangle, closed
    const QRectF outer = QPolygonF(rings[0].points).boundingRect();
    for (const QPointF& p : rings[1].points)
        CHECK(outer.contains(p));
    CHECK(gis::checkValidity(holed.wkb).value().valid);

    // While drawn, the hole shows as a hole (the picture is kept for a look).
    test::ToolCanvas c;
    QUndoStack stack;
    auto* tool = new ui::AddFeatureTool(&c.canvas, &stack, atlas.path, atlas.table, QStringLiteral("zones"),
                                        ui::ShapeSketch::Shape::Polygon);
    c.canvas.setMapTool(tool);
    for (const QPoint& p : {QPoint(100, 100), QPoint(500, 100), QPoint(500, 400), QPoint(100, 400)})
        QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, p);
    QTest::mouseClick(&c.canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 200));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 200));
    QTest::mouseMove(&c.canvas, QPoint(260, 320));
    CHECK(tool->sketch().closedRings().size() == 1);
    CHECK(tool->sketch().vertexCount() == 2);
    const QImage drawn = c.canvas.grab().toImage();
    CHECK(drawn.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/sketch-hole.png")));
    CHECK(drawn.pixelColor(150, 150) != drawn.pixelColor(250, 230));  // filled ring, empty hole
    QTest::keyClick(&c.canvas, Qt::Key_Escape);
    CHECK(tool->sketch().isEmpty());
}
