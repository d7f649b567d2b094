#pragma once
// A bare map canvas around Lille in Lambert-93, shown offscreen, for map tool tests.

#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"

#include <QTest>

namespace atlas::test {

struct ToolCanvas {
    ui::MapCanvas canvas;
    ToolCanvas()
    {
        canvas.resize(800, 600);
        canvas.setCrs(QStringLiteral("EPSG:2154"));
        canvas.setExtent({690000, 7040000, 730000, 7070000});
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
    }
    ~ToolCanvas()
    {
        // The tool goes first: it is a child that talks to the canvas when it dies.
        delete canvas.mapTool();
    }
    double metresPerPixel() const { return canvas.mapSettings().unitsPerPixel() / canvas.devicePixelRatioF(); }
};

}  // namespace atlas::test
