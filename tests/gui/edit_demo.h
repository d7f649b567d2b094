#pragma once
// A main window on a copy of the demo atlas for the editing tests: layers made current by
// name, map and pixel positions, shapes added to a layer, drags and clicked paths with
// real mouse events, and what a stored geometry measures (OGR).

#include "core/model/wkb_shapes.h"
#include "gis/crs/crs_transform.h"
#include "gis/geometry/wkb_edit.h"
#include "gis/store/layer_editor.h"
#include "gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/editing_actions.h"
#include "ui/window/transform_actions.h"

#include <ogr_api.h>

#include <QAction>
#include <QTest>

namespace atlas::test {

struct EditDemo {
    GuiFixture f;
    TempDir dir;
    QString atlas = copyDemoAtlas(dir);
    ui::MapCanvas* canvas = nullptr;
    ui::TransformActions* actions = nullptr;

    EditDemo()
    {
        REQUIRE(f.window->openAtlas(atlas));
        REQUIRE(f.waitForMap());
        canvas = f.window->findChild<ui::MapCanvas*>();
        actions = f.window->findChild<ui::TransformActions*>();
        REQUIRE((canvas && actions));
    }
    // Makes the demo layer named `name` current; returns its table.
    QString selectLayer(const QString& name)
    {
        for (const core::LayerSpec& layer : f.window->findChild<ui::DocumentController*>()->document().layers)
            if (layer.name == name) {
                f.window->findChild<ui::LayersDock*>()->selectLayer(layer.identity.uuid);
                return layer.sourceLayer;
            }
        FAIL("no layer " << name.toStdString());
        return {};
    }
    QAction* undoAction() const { return f.window->findChild<ui::EditingActions*>()->undoAction(); }
    QPointF toPixel(const QPointF& map) const
    {
        return canvas->mapSettings().toPixel(map.x(), map.y()) / canvas->devicePixelRatioF();
    }
    QPointF toMap(const QPointF& pixel) const { return canvas->mapSettings().toMap(pixel * canvas->devicePixelRatioF()); }
    // The view ±`half` canvas units around `lonLat`.
    QPointF centreOn(const QPointF& lonLat, double half = 6000)
    {
        double x = lonLat.x(), y = lonLat.y();
        REQUIRE(gis::CrsTransform(QStringLiteral("EPSG:4326"), canvas->mapSettings().crs).transformPoint(x, y));
        canvas->setExtent(core::Extent{x - half, y - half, x + half, y + half});
        REQUIRE(f.waitForMap());
        return {x, y};
    }
    // A shape (WKB in the canvas CRS) added to `table` with `attributes`; its id.
    qint64 addShape(const QString& table, const QByteArray& wkb, const QVariantMap& attributes = {})
    {
        const gis::LayerEditor editor(atlas, table);
        const gis::CrsTransform toLayer(canvas->mapSettings().crs, editor.crs().value());
        const auto inLayer = gis::mapWkbVertices(wkb, [&](double& x, double& y) { return toLayer.transformPoint(x, y); });
        REQUIRE(inLayer);
        const auto fid = editor.insert({-1, *inLayer, attributes});
        REQUIRE(fid);
        return fid.value();
    }
    // A polygon through `ring` (canvas CRS) added to `table` with `attributes`; its id.
    qint64 addPolygon(const QString& table, const QList<QPointF>& ring, const QVariantMap& attributes = {})
    {
        return addShape(table, core::polygonWkb(ring), attributes);
    }
    // `rect` (canvas CRS) added to `table` as a polygon.
    qint64 addRectangle(const QString& table, const QRectF& rect, const QVariantMap& attributes = {})
    {
        return addPolygon(table, {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()}, attributes);
    }
    // A 4 km × 2 km rectangle at the centre of the view, added to `table`; returns its id
    // and leaves the view ±6 km around it.
    qint64 addRectangle(const QString& table, QPointF& centre)
    {
        centre = canvas->extent().center();
        const qint64 fid = addRectangle(table, QRectF(centre - QPointF(2000, 1000), QSizeF(4000, 2000)));
        canvas->setExtent(core::Extent{centre.x() - 6000, centre.y() - 6000, centre.x() + 6000, centre.y() + 6000});
        REQUIRE(f.waitForMap());
        return fid;
    }
    void drag(const QPointF& from, const QPointF& to)
    {
        QTest::mousePress(canvas, Qt::LeftButton, {}, from.toPoint());
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(canvas, (from + (to - from) * step / 4.0).toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to.toPoint());
    }
    // Clicks at each of `mapPoints` (canvas CRS) with the mouse moving between them, then Enter.
    void clickPath(const QList<QPointF>& mapPoints)
    {
        for (const QPointF& p : mapPoints) {
            QTest::mouseMove(canvas, toPixel(p).toPoint());
            QTest::mouseClick(canvas, Qt::LeftButton, {}, toPixel(p).toPoint());
        }
        QTest::keyClick(canvas, Qt::Key_Return);
    }
};

// Layer-CRS measures of a stored geometry.
struct Measured {
    double area = 0;
    bool valid = false;
    int parts = 0;     // polygons of a multi (1 for a polygon)
    int rings = 0;     // of all its polygons
    explicit Measured(const QByteArray& wkb)
    {
        OGRGeometryH g = nullptr;
        REQUIRE(OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) == OGRERR_NONE);
        area = OGR_G_Area(g);
        valid = OGR_G_IsValid(g) != 0;
        const bool multi = wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon;
        parts = multi ? OGR_G_GetGeometryCount(g) : 1;
        for (int i = 0; i < parts; ++i)
            rings += OGR_G_GetGeometryCount(multi ? OGR_G_GetGeometryRef(g, i) : g);
        OGR_G_DestroyGeometry(g);
    }
};

// A polygon layer of the demo with a rectangle added at the view's centre: what the
// reshaping tests start from.
struct RectangleDemo : EditDemo {
    QString table = selectLayer(QStringLiteral("Départements / Provincies"));
    gis::LayerEditor editor{atlas, table};
    QString layerCrs = editor.crs().value();
    QString canvasCrs = canvas->mapSettings().crs;
    QPointF centre;
    qint64 fid = addRectangle(table, centre);
    QByteArray before = editor.read(fid).value().wkb;
};

}  // namespace atlas::test
