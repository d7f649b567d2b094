// Edit › Split features, Merge selected features, Add ring and View › Select by polygon
// with real mouse events on a copy of the demo atlas, out in the North Sea where the
// layer has nothing else: pieces keep the attributes, merged areas add up, holes take
// their area away, the drawn polygon selects exactly what it meets, and Undo restores.

#include "edit_demo.h"
#include "core/model/wkb_shapes.h"
#include "gis/geometry/geometry_validity.h"
#include "gis/geometry/wkb_edit.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/attributes/select_polygon_tool.h"
#include "ui/dialogs/merge_features_dialog.h"
#include "ui/tools/add_ring_tool.h"
#include "ui/tools/split_features_tool.h"
#include "ui/window/split_merge_actions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <functional>

using namespace atlas;
using test::Measured;

namespace {

const QPointF kNorthSea(2.6, 51.7);  // lon, lat: 60 km off the coasts

struct SeaDemo : test::EditDemo {
    QString table = selectLayer(QStringLiteral("Départements / Provincies"));
    gis::LayerEditor editor{atlas, table};
    QPointF c = centreOn(kNorthSea);
    ui::SplitMergeActions* edits = f.window->findChild<ui::SplitMergeActions*>();
    ui::AttributeTableFeature* tableFeature = f.window->findChild<ui::AttributeTableFeature*>();

    SeaDemo()
    {
        REQUIRE((edits && tableFeature));
        actions->snapAction()->setChecked(false);  // clicks land where they are
    }
    // `rect` relative to the centre, in canvas units.
    qint64 add(const QRectF& rect, const QVariantMap& attributes = {})
    {
        const qint64 fid = addRectangle(table, rect.translated(c), attributes);
        canvas->refresh();  // written behind the map's back
        REQUIRE(f.waitForMap());
        return fid;
    }
    QList<QPointF> around(const QList<QPointF>& offsets) const
    {
        QList<QPointF> points;
        for (const QPointF& p : offsets)
            points << c + p;
        return points;
    }
    void openTable()
    {
        QSignalSpy loaded(tableFeature->dock(), &ui::AttributeTableDock::loaded);
        tableFeature->openCurrentLayer();
        REQUIRE(loaded.wait(10000));
    }
    QString nameOf(qint64 fid) const { return editor.read(fid).value().attributes.value(QStringLiteral("name")).toString(); }
};

// Runs `act` on the next modal window as soon as it shows (the test's own events may
// run the event loop before the window opens); gives up after ten seconds.
void whenModal(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act, ticks = 0]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal && ++ticks < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            act(modal);
    });
    timer->start();
}

// Closes the next message box and keeps its text.
void expectMessage(QString& text)
{
    whenModal([&text](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            text = box->text();
            box->accept();
        }
    });
}

}  // namespace

TEST_CASE("Split features: a line across a polygon makes two features with its attributes; Undo restores",
          "[gui][edit]")
{
    SeaDemo demo;
    const QVariantMap attributes{{QStringLiteral("name"), QStringLiteral("Banc")}, {QStringLiteral("iso_a2"), QStringLiteral("ZZ")}};
    const qint64 fid = demo.add(QRectF(-2000, -1000, 4000, 2000), attributes);
    const QByteArray before = demo.editor.read(fid).value().wkb;
    const qint64 count = demo.editor.count().value();

    REQUIRE(demo.edits->splitAction()->isEnabled());
    demo.edits->splitAction()->trigger();
    REQUIRE(qobject_cast<ui::SplitFeaturesTool*>(demo.canvas->mapTool()));

    // A line that stays clear of the polygon is refused with a message.
    QString message;
    expectMessage(message);
    demo.clickPath(demo.around({{-3000, 2000}, {-3000, -2000}}));
    CHECK(message.contains(QStringLiteral("does not cross")));
    CHECK(demo.editor.count().value() == count);

    // From north to south, 500 m west of the centre: pieces 2.5 km and 1.5 km wide.
    demo.clickPath(demo.around({{-500, 2000}, {-500, -2000}}));
    REQUIRE(demo.editor.count().value() == count + 1);
    const qint64 added = fid + 1;  // the table's ids only grow
    const Measured whole(before), kept(demo.editor.read(fid).value().wkb), other(demo.editor.read(added).value().wkb);
    CHECK((kept.valid && other.valid));
    CHECK(kept.area + other.area == Approx(whole.area).epsilon(1e-6));
    CHECK(kept.area / whole.area == Approx(2.5 / 4).margin(0.01));
    CHECK(demo.nameOf(added) == QStringLiteral("Banc"));
    CHECK(demo.editor.read(added).value().attributes.value(QStringLiteral("iso_a2")).toString() == QStringLiteral("ZZ"));
    REQUIRE(demo.f.waitForMap());
    CHECK(demo.f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-split.png")));

    demo.undoAction()->trigger();
    CHECK(demo.editor.count().value() == count);
    CHECK(demo.editor.read(fid).value().wkb == before);
    CHECK_FALSE(demo.editor.read(added));
    QTest::keyClick(demo.canvas, Qt::Key_Escape);
    CHECK(demo.canvas->mapTool() == nullptr);
}

TEST_CASE("Split features: a line crossed twice by the drawn line makes three lines with its attributes", "[gui][edit]")
{
    SeaDemo demo;
    const QString table = demo.selectLayer(QStringLiteral("Frontières / Grenzen"));
    const gis::LayerEditor editor(demo.atlas, table);
    const QVariantMap attributes = editor.read(1).value().attributes;  // whatever the layer's fields hold
    const qint64 fid = demo.addShape(table, core::lineStringWkb(demo.around({{-3000, 0}, {3000, 0}})), attributes);
    demo.canvas->refresh();
    REQUIRE(demo.f.waitForMap());
    const qint64 count = editor.count().value();

    REQUIRE(demo.edits->splitAction()->isEnabled());
    CHECK_FALSE(demo.edits->addRingAction()->isEnabled());  // lines take no rings
    demo.edits->splitAction()->trigger();
    // A zigzag crossing it at x = -1000 and x = 1000.
    demo.clickPath(demo.around({{-1500, 1000}, {-500, -1000}, {500, -1000}, {1500, 1000}}));
    REQUIRE(editor.count().value() == count + 2);
    const QList<QByteArray> pieces = {editor.read(fid).value().wkb, editor.read(fid + 1).value().wkb,
                                      editor.read(fid + 2).value().wkb};
    QList<double> lengths;
    for (const QByteArray& piece : pieces) {
        const QList<gis::VertexSequence> parts = gis::vertexSequences(piece);
        REQUIRE(parts.size() == 1);
        lengths << QLineF(parts.first().points.first(), parts.first().points.last()).length();
    }
    // The first piece (at the line's start) stays with the feature: 2 km, 2 km, 2 km long.
    CHECK(lengths[0] == Approx(lengths[1]).epsilon(0.02));
    CHECK(lengths[1] == Approx(lengths[2]).epsilon(0.02));
    CHECK(editor.read(fid + 2).value().attributes == editor.read(fid).value().attributes);

    demo.undoAction()->trigger();
    CHECK(editor.count().value() == count);
}

TEST_CASE("Merge selected features: two adjacent polygons become one valid polygon of their summed area; Undo restores",
          "[gui][edit]")
{
    SeaDemo demo;
    const qint64 west = demo.add(QRectF(-2000, -1000, 2000, 2000), {{QStringLiteral("name"), QStringLiteral("Ouest")}});
    const qint64 east = demo.add(QRectF(0, -1000, 2000, 2000), {{QStringLiteral("name"), QStringLiteral("Est")}});
    const QByteArray westBefore = demo.editor.read(west).value().wkb, eastBefore = demo.editor.read(east).value().wkb;
    const qint64 count = demo.editor.count().value();

    demo.openTable();
    CHECK_FALSE(demo.edits->mergeAction()->isEnabled());
    demo.tableFeature->dock()->selectFeatures({west, east}, false);
    REQUIRE(demo.edits->mergeAction()->isEnabled());

    // The east one's attributes are chosen for the merged feature.
    int rows = 0, proposed = -1;
    whenModal([&rows, &proposed](QWidget* modal) {
        auto* dialog = qobject_cast<ui::MergeFeaturesDialog*>(modal);
        if (!dialog)
            return;
        rows = dialog->list()->count();
        proposed = dialog->chosen();
        dialog->list()->setCurrentRow(1);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    demo.edits->mergeAction()->trigger();
    CHECK(rows == 2);
    CHECK(proposed == 0);
    REQUIRE(demo.editor.count().value() == count - 1);
    const QByteArray merged = demo.editor.read(west).value().wkb;
    const Measured one(merged);
    CHECK(one.valid);
    CHECK(gis::checkValidity(merged).value().valid);
    CHECK(one.parts == 1);
    CHECK(one.rings == 1);
    CHECK(one.area == Approx(Measured(westBefore).area + Measured(eastBefore).area).epsilon(1e-6));
    CHECK(demo.nameOf(west) == QStringLiteral("Est"));
    CHECK_FALSE(demo.editor.read(east));

    demo.undoAction()->trigger();
    CHECK(demo.editor.count().value() == count);
    CHECK(demo.editor.read(west).value().wkb == westBefore);
    CHECK(demo.editor.read(east).value().wkb == eastBefore);
    CHECK(demo.nameOf(west) == QStringLiteral("Ouest"));
    CHECK(demo.nameOf(east) == QStringLiteral("Est"));
}

TEST_CASE("Add ring: a ring drawn inside a polygon cuts a hole of its area; across the edge it is refused; Undo restores",
          "[gui][edit]")
{
    SeaDemo demo;
    const qint64 fid = demo.add(QRectF(-2000, -1000, 4000, 2000));
    const QByteArray before = demo.editor.read(fid).value().wkb;

    REQUIRE(demo.edits->addRingAction()->isEnabled());
    demo.edits->addRingAction()->trigger();
    REQUIRE(qobject_cast<ui::AddRingTool*>(demo.canvas->mapTool()));

    // Begun inside but reaching out of the polygon: refused, nothing changed.
    QString message;
    expectMessage(message);
    demo.clickPath(demo.around({{1500, -500}, {2500, -500}, {2500, 500}, {1500, 500}}));
    CHECK(message.contains(QStringLiteral("not inside")));
    CHECK(demo.editor.read(fid).value().wkb == before);

    // A 1 km square in the middle, shown while drawn.
    QList<QPointF> ring;
    for (const QPointF& p : demo.around({{-500, -500}, {500, -500}, {500, 500}, {-500, 500}}))
        ring << demo.toMap(demo.toPixel(p).toPoint());  // where the clicks really land
    for (const QPointF& p : ring.mid(0, 3))
        QTest::mouseClick(demo.canvas, Qt::LeftButton, {}, demo.toPixel(p).toPoint());
    QTest::mouseMove(demo.canvas, demo.toPixel(ring[3]).toPoint());
    CHECK(demo.f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-add-ring.png")));
    QTest::mouseClick(demo.canvas, Qt::LeftButton, {}, demo.toPixel(ring[3]).toPoint());
    QTest::keyClick(demo.canvas, Qt::Key_Return);

    const qint64 hole = demo.addPolygon(demo.table, ring);  // the ring's own area, measured alike
    const Measured after(demo.editor.read(fid).value().wkb), was(before), cut(demo.editor.read(hole).value().wkb);
    CHECK(after.valid);
    CHECK(after.rings == 2);
    CHECK(after.area == Approx(was.area - cut.area).epsilon(1e-6));

    demo.undoAction()->trigger();
    CHECK(demo.editor.read(fid).value().wkb == before);
}

TEST_CASE("Select by polygon picks exactly the features the drawn polygon meets", "[gui][edit][select]")
{
    SeaDemo demo;
    const qint64 west = demo.add(QRectF(-3000, -500, 2000, 1000));
    const qint64 east = demo.add(QRectF(1000, -500, 2000, 1000));
    demo.add(QRectF(-1000, 3000, 2000, 1000));  // north, out of reach
    demo.add(QRectF(-300, -600, 600, 300));  // within the drawn polygon's box, but in its notch
    demo.openTable();

    demo.tableFeature->selectPolygonAction()->trigger();
    REQUIRE(demo.canvas->mapTool() == demo.tableFeature->polygonTool());
    QSignalSpy changed(demo.tableFeature->dock(), &ui::AttributeTableDock::selectionChanged);
    // A square 4 km wide with a notch cut down from its north edge to 1.5 km from the south.
    demo.clickPath(demo.around({{-2000, 0}, {-2000, -2000}, {2000, -2000}, {2000, 0}, {0, -1500}}));
    REQUIRE(changed.wait(10000));
    CHECK(demo.tableFeature->dock()->selectedFeatures() == QSet<qint64>{west, east});
    REQUIRE(demo.f.waitForMap());
    CHECK(demo.f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/edit-select-polygon.png")));
}
