#pragma once
// Draws features already mapped to pixels with a layer's symbols into one image: the
// drawing shared by the exact renderer and the level-of-detail renderer.

#include "core/model/layer_style.h"
#include "gis/render/raster_painter.h"

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <cstdint>
#include <vector>

namespace atlas::gis {

class LabelPlacer;

// Appends a pixel position to a part, dropping one that falls within half a pixel of
// the previous kept one unless it ends the part.
inline void appendPixel(QPolygonF& out, QPointF p, bool endsPart)
{
    if (!out.isEmpty() && !endsPart) {
        const QPointF& last = out.constLast();
        if (std::abs(p.x() - last.x()) < 0.5 && std::abs(p.y() - last.y()) < 0.5)
            return;
    }
    out << p;
}

class FeaturePainter {
public:
    // `target` is premultiplied ARGB32, drawn at `dpi`; `labels` may be null. The painter keeps a
    // reference to the image and paints into it until destroyed.
    FeaturePainter(QImage& target, const core::LayerStyle& style, double dpi, LabelPlacer* labels);
    ~FeaturePainter();

    // Symbol 0 is the layer's own style; symbol i + 1 is category or class i.
    std::size_t symbolCount() const { return m_symbols.size(); }
    // The pixel area a feature must overlap to be drawn (the image, widened by a marker).
    const QRectF& visible() const { return m_visible; }

    // Each returns true when something was drawn.
    bool drawPolygon(const QPolygonF* rings, std::size_t count, std::size_t symbol, const QString& label);
    bool drawLine(const QPolygonF& line, std::size_t symbol);
    bool drawPoint(QPointF p, std::size_t symbol, const QString& label);
    // Offers `label` along `line` (a feature's longest part, in pixels).
    void labelLine(const QPolygonF& line, const QString& label);

    // How one symbol is drawn, decided once per render.
    struct Symbol {
        QImage stamp;
        QPointF stampOffset;
        QPen pen;
        bool hairline;      // solid strokes through RasterPainter
        QRgb strokeColour;  // premultiplied
        QRgb fillColour;    // premultiplied
        QColor fill;
        // Lines take a class's colour on their stroke; polygons keep the outline.
        QPen linePen;
        QRgb lineColour;       // premultiplied, hairline-weighted
        QRgb lineColourSolid;  // premultiplied, for strokes of zero width
    };

private:
    const core::LayerStyle& m_style;
    double m_ppu;  // device pixels per style unit
    LabelPlacer* m_labels;
    std::vector<Symbol> m_symbols;
    RasterPainter m_raster;
    QPainter m_painter;
    int m_width, m_height;
    // One marker per pixel and symbol is enough: the tag of the symbol last stamped there.
    std::vector<std::uint8_t> m_pointDrawn;
    QRectF m_visible;
};

}  // namespace atlas::gis
