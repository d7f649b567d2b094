#pragma once
// Where each part of a map sheet goes on the page, in millimetres from the top left.

#include <QRectF>
#include <QSizeF>

namespace atlas::gis {

struct SheetLayout {
    QRectF page;
    QRectF title;
    QRectF map;
    QRectF legend;  // empty when the sheet has no legend
    QRectF footer;  // scale bar on the left, attribution and date on the right
    int legendColumns = 1;
};

// Landscape pages put the legend in a column beside the map, portrait pages in a band
// under it with two columns, sized for `legendEntries`.
SheetLayout layoutSheet(QSizeF pageMm, bool hasSubtitle, bool legend, int legendEntries);

}  // namespace atlas::gis
