#include "gis/print/sheet_layout.h"

#include <algorithm>

namespace atlas::gis {

namespace {
constexpr double kMargin = 10;
constexpr double kGap = 4;
constexpr double kFooterHeight = 14;
constexpr double kLegendColumnWidth = 55;
constexpr double kLegendRowHeight = 7;
constexpr double kLegendHeading = 9;
}  // namespace

SheetLayout layoutSheet(QSizeF pageMm, bool hasSubtitle, bool legend, int legendEntries)
{
    SheetLayout l;
    l.page = QRectF(QPointF(0, 0), pageMm);
    const double titleHeight = hasSubtitle ? 17 : 12;
    const double width = pageMm.width() - 2 * kMargin;
    l.title = QRectF(kMargin, kMargin, width, titleHeight);
    l.footer = QRectF(kMargin, pageMm.height() - kMargin - kFooterHeight, width, kFooterHeight);
    const QRectF content(kMargin, l.title.bottom() + kGap, width, l.footer.top() - kGap - (l.title.bottom() + kGap));
    l.map = content;
    if (!legend)
        return l;
    if (pageMm.width() > pageMm.height()) {
        l.map.setRight(content.right() - kLegendColumnWidth - kGap);
        l.legend = QRectF(l.map.right() + kGap, content.top(), kLegendColumnWidth, content.height());
    } else {
        l.legendColumns = 2;
        const int rows = (std::max(1, legendEntries) + 1) / 2;
        const double height = std::min(kLegendHeading + rows * kLegendRowHeight + 2, content.height() / 3);
        l.map.setBottom(content.bottom() - height - kGap);
        l.legend = QRectF(content.left(), l.map.bottom() + kGap, content.width(), height);
    }
    return l;
}

}  // namespace atlas::gis
