// Edit › Move features, Rotate features and Edit vertices with real mouse events on a copy
// of the demo atlas: a place dragged without a selection lands under the mouse, a selected
// rectangle turned a quarter keeps its centre with its sides swapped, a corner dragged near
// a place snaps onto it, edges take and give vertices, and Undo restores the bytes.

#include "core/model/wkb_point.h"
#include "edit_demo.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_edit.h"
#include "gis/geometry/wkb_reader.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/canvas/snapper.h"
#include "ui/tools/vertex_tool.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace atlas;
using test::EditDemo;
using test::RectangleDemo;

namespace {

// The vertices of `wkb` (layer CRS) in the canvas CRS.
QList<QPointF> verticesOn(const QByteArray& wkb, const QString& layerCrs, const QString& canvasCrs)
{
    gis::PathGeometry g;
    REQUIRE(gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), g));
    const gis::CrsTransform t(layerCrs, canvasCrs);
    t.transformInterleaved(g.xy.data(), g.pointCount());
    QList<QPointF> points;
    for (std::size_t i = 0; i < g.pointCount(); ++i)
        points << QPointF(g.xy[2 * i], g.xy[2 * i + 1]);
    return points;
}

QRectF boundsOf(const QList<QPointF>& points)
{
    return QPolygonF(points).boundingRect();
}

}  // namespace

TEST_CASE("Move features: a place dragged on the map lands under the mouse; Undo puts it back", "[gui][edit]")
{
    EditDemo demo;
    const QString table = demo.selectLayer(QStringLiteral("Partons 2.0 — lieux / plaatsen"));
    REQUIRE(demo.actions->moveAction()->isEnabled());
    const gis::LayerEditor editor(demo.atlas, table);
    const QString layerCrs = editor.crs().value();
    const QByteArray before = editor.read(1).value().wkb;
    const QPointF place = verticesOn(before, layerCrs, demo.canvas->mapSettings().crs).first();
    demo.canvas->setExtent(core::Extent{place.x() - 2000, place.y() - 2000, place.x() + 2000, place.y() + 2000});
    REQUIRE(demo.f.waitForMap());

    demo.actions->moveAction()->trigger();
    REQUIRE(demo.canvas->mapTool() != nullptr);
    const QPointF from = demo.toPixel(place), to = from + QPointF(60, 40);
    demo.drag(from, to);
    const QByteArray after = editor.read(1).value().wkb;
    REQUIRE(after != before);
    const QPointF landed = verticesOn(after, layerCrs, demo.canvas->mapSettings().crs).first();
    const QPointF expected = demo.toMap(to) - demo.toMap(from) + place;
    const double pixel = demo.canvas->mapSettings().extent.width() / demo.canvas->width();
    CHECK(QLineF(landed, expected).length() < pixel);

    // A press on empty ground grabs nothing and moves nothing.
    demo.drag(from + QPointF(-150, -150), from + QPointF(-100, -100));
    CHECK(editor.read(1).value().wkb == after);

    demo.undoAction()->trigger();
    CHECK(editor.read(1).value().wkb == before);
    QTest::keyClick(demo.canvas, Qt::Key_Escape);
}

TEST_CASE("Rotate features: a selected rectangle turned a quarter keeps its centre, its sides swap", "[gui][edit]")
{
    RectangleDemo demo;
    const auto& [editor, layerCrs, canvasCrs, centre, fid, before] =
        std::tie(demo.editor, demo.layerCrs, demo.canvasCrs, demo.centre, demo.fid, demo.before);

    // Selected in the attribute table, it turns wherever the drag starts.
    auto* table_ = demo.f.window->findChild<ui::AttributeTableFeature*>();
    QSignalSpy loaded(table_->dock(), &ui::AttributeTableDock::loaded);
    table_->openCurrentLayer();
    REQUIRE(loaded.wait(10000));
    table_->dock()->selectFeatures({fid}, false);
    demo.actions->rotateAction()->trigger();
    const QPointF pivot = demo.toPixel(centre);
    demo.drag(pivot + QPointF(200, 0), pivot + QPointF(0, -200));

    const QRectF was = boundsOf(verticesOn(before, layerCrs, canvasCrs));
    const QRectF now = boundsOf(verticesOn(editor.read(fid).value().wkb, layerCrs, canvasCrs));
    CHECK(now.width() == Approx(was.height()).epsilon(0.01));
    CHECK(now.height() == Approx(was.width()).epsilon(0.01));
    CHECK(QLineF(now.center(), was.center()).length() < 5.0);
    REQUIRE(demo.f.waitForMap());
    CHECK(demo.f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-rotate.png")));

    demo.undoAction()->trigger();
    CHECK(editor.read(fid).value().wkb == before);
}

TEST_CASE("Edit vertices: a dragged corner snaps onto a place; edges take and give vertices; all undoable",
          "[gui][edit]")
{
    RectangleDemo demo;
    const auto& [editor, layerCrs, canvasCrs, centre, fid, before] =
        std::tie(demo.editor, demo.layerCrs, demo.canvasCrs, demo.centre, demo.fid, demo.before);
    const QString places = demo.selectLayer(QStringLiteral("Partons 2.0 — lieux / plaatsen"));
    demo.selectLayer(QStringLiteral("Départements / Provincies"));

    // A place 300 m beyond the rectangle's north-east corner, for the corner to snap to.
    const gis::LayerEditor placeEditor(demo.atlas, places);
    QPointF target = centre + QPointF(2300, 1300);
    double x = target.x(), y = target.y();
    REQUIRE(gis::CrsTransform(canvasCrs, placeEditor.crs().value()).transformPoint(x, y));
    REQUIRE(placeEditor.insert({-1, core::pointWkb(x, y), {}}));

    auto* snapper = demo.actions->snapper();
    REQUIRE(demo.actions->snapAction()->isChecked());
    QSignalSpy indexed(snapper, &ui::Snapper::indexReady);
    demo.actions->verticesAction()->trigger();
    auto* tool = qobject_cast<ui::VertexTool*>(demo.actions->tool());
    REQUIRE(tool);
    demo.canvas->refresh();
    REQUIRE(indexed.wait(10000));
    CHECK(snapper->vertexCount() > 0);

    // The rectangle is the feature edited (picking under the cursor is the move test's).
    const QPointF corner = demo.toPixel(centre + QPointF(2000, 1000));
    tool->editFeature(fid);
    REQUIRE(tool->featureId() == fid);
    REQUIRE(tool->sequences().size() == 1);
    CHECK(tool->sequences().first().size() == 5);

    // Dropped 4 px from the place, the corner lands on it exactly.
    demo.drag(corner, demo.toPixel(target) + QPointF(3, -2));
    auto ring = gis::vertexSequences(editor.read(fid).value().wkb);
    REQUIRE(ring.size() == 1);
    const QList<QPointF> onCanvas = verticesOn(editor.read(fid).value().wkb, layerCrs, canvasCrs);
    CHECK(std::any_of(onCanvas.begin(), onCanvas.end(), [&](const QPointF& p) { return QLineF(p, target).length() < 0.01; }));
    CHECK(ring.first().points.first() == ring.first().points.last());

    // A double click in the middle of the south edge adds a vertex; a right click takes it away.
    const QPointF south = demo.toPixel(centre + QPointF(0, -1000));
    QTest::mouseDClick(demo.canvas, Qt::LeftButton, {}, south.toPoint());
    CHECK(gis::vertexSequences(editor.read(fid).value().wkb).first().points.size() == 6);
    QTest::mouseClick(demo.canvas, Qt::RightButton, {}, south.toPoint());
    CHECK(gis::vertexSequences(editor.read(fid).value().wkb).first().points.size() == 5);
    REQUIRE(demo.f.waitForMap());
    CHECK(demo.f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-vertices.png")));

    QAction* undo = demo.undoAction();
    for (int step = 0; step < 3; ++step)
        undo->trigger();
    CHECK(editor.read(fid).value().wkb == before);
    QTest::keyClick(demo.canvas, Qt::Key_Escape);
    CHECK(tool->featureId() == -1);
}
