#pragma once
// Direct drawing into a premultiplied ARGB32 image for the cases QPainter is slow at
// with many small features: marker sprites, hairlines (anti-aliased, Xiaolin Wu) and
// even-odd polygon fills whose edges a hairline stroke then covers.

#include <QImage>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QRgb>
#include <array>
#include <vector>

namespace atlas::gis {

class RasterPainter {
public:
    // Format_ARGB32_Premultiplied; construct before any QPainter begins on `target`.
    explicit RasterPainter(QImage& target);

    // Src-over of a premultiplied sprite with its top-left corner at (x, y).
    void blendSprite(int x, int y, const QImage& sprite);
    // Anti-aliased lines about one pixel wide joining `count` points in turn; `bounds` is the
    // points' bounding box, `colour` premultiplied.
    void polyline(const QPointF* points, qsizetype count, const QRectF& bounds, QRgb colour);
    // Fills `count` rings (each a closed list of pixel positions) with the even-odd rule,
    // sampling pixel centres.
    void fillEvenOdd(const QPolygonF* rings, std::size_t count, QRgb colour);

private:
    void blend(int x, int y, QRgb colour, int coverage);  // coverage 0..256
    void blendSpan(int y, int x0, int x1, QRgb colour);
    void fillBand(const QPolygonF* rings, std::size_t count, int firstRow, int lastRow, QRgb colour);
    static constexpr int kFillBandRows = 256;
    // `colour` scaled by each coverage 0..256, from a few kept for the colours last used.
    const QRgb* coverageTable(QRgb colour);
    // One segment of a polyline, clipped to the image.
    void segment(QPointF a, QPointF b, QRgb colour, const QRgb* scaledColour);
    // A segment whose pixels all lie in the image, drawn without checks.
    void wuInside(double x0, double y0, double x1, double y1, const QRgb* scaledColour);
    // A segment clipped to one pixel beyond the image, drawn with checks.
    void wuClipped(double x0, double y0, double x1, double y1, QRgb colour);

    QRgb* line(int y) const { return reinterpret_cast<QRgb*>(m_bits + std::ptrdiff_t(y) * m_stride); }

    // Raw pixels, taken once: a QPainter may be active on the same image meanwhile.
    uchar* m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
    struct Crossing {
        int y;
        double x;
    };
    std::vector<Crossing> m_crossings;  // reused across polygons
    struct CoverageTable {
        QRgb colour = 0;
        bool filled = false;
        std::array<QRgb, 257> scaled;
    };
    std::array<CoverageTable, 4> m_tables;  // a categorized layer's strokes alternate colours
    std::size_t m_nextTable = 0;
};

// A premultiplied colour with `opacity` (0..1) applied.
QRgb premultipliedColour(const QColor& colour, double opacity = 1.0);

}  // namespace atlas::gis
