#pragma once
// Draws the parts of a map sheet with a QPainter in millimetres: text, legend symbols,
// scale bar and north arrow are vector paths, so a PDF keeps them sharp.

#include "gis/print/map_decorations.h"

#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;

namespace atlas::gis {

class SheetPainter {
public:
    // `pixelsPerMm`: device pixels per millimetre of paper (dpi / 25.4).
    SheetPainter(QPainter& painter, double pixelsPerMm);

    void drawTitle(const QRectF& rect, const QString& title, const QString& subtitle);
    // The map image fills `frame` (a null image: only the frame); a thin frame is drawn around it.
    void drawMap(const QRectF& frame, const QImage& image);
    void drawLegend(const QRectF& rect, const QList<LegendEntry>& entries, int columns);
    void drawScaleBar(const QRectF& footer, const SheetScale& scale);
    void drawFooterText(const QRectF& footer, const QString& attribution, const QString& dateAndCrs);
    // A north arrow turned by `angle` degrees clockwise, in the top-right corner of `map`.
    void drawNorthArrow(const QRectF& map, double angle);
    // An overview in the bottom-left corner of `map`, the view outlined in `viewRect`
    // (millimetres inside `inset`).
    void drawInset(const QRectF& inset, const QImage& image, const QRectF& viewRect);

private:
    QPointF px(const QPointF& mm) const { return mm * m_scale; }
    QRectF px(const QRectF& mm) const { return {mm.topLeft() * m_scale, mm.size() * m_scale}; }
    double px(double mm) const { return mm * m_scale; }
    // A font of `points` size for this device (sizes are set in device pixels).
    QFont font(double points, bool bold = false) const;
    void drawSymbol(const QRectF& box, const LegendEntry& entry);

    QPainter& m_p;
    double m_scale;
};

}  // namespace atlas::gis
