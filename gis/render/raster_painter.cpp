#include "gis/render/raster_painter.h"

#include <QColor>
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace atlas::gis {
namespace {

// Liang–Barsky clipping of a segment to [xmin,xmax]x[ymin,ymax]; false if outside.
bool clipSegment(double& x0, double& y0, double& x1, double& y1, double xmin, double ymin, double xmax, double ymax)
{
    double t0 = 0, t1 = 1;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - xmin, xmax - x0, y0 - ymin, ymax - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const double nx0 = x0 + t0 * dx, ny0 = y0 + t0 * dy;
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = nx0;
    y0 = ny0;
    return true;
}

inline QRgb scaled(QRgb c, int coverage)  // coverage 0..256
{
    const quint32 rb = ((c & 0x00ff00ffu) * quint32(coverage)) >> 8 & 0x00ff00ffu;
    const quint32 ag = ((c >> 8) & 0x00ff00ffu) * quint32(coverage) & 0xff00ff00u;
    return rb | ag;
}

inline QRgb over(QRgb src, QRgb dst)  // premultiplied src-over
{
    return src + scaled(dst, 256 - int(qAlpha(src)));
}

}  // namespace

QRgb premultipliedColour(const QColor& colour, double opacity)
{
    QColor c = colour;
    c.setAlphaF(float(std::clamp(c.alphaF() * opacity, 0.0, 1.0)));
    return qPremultiply(c.rgba());
}

RasterPainter::RasterPainter(QImage& target)
    : m_bits(target.bits()), m_stride(target.bytesPerLine()), m_width(target.width()), m_height(target.height())
{
}

void RasterPainter::blend(int x, int y, QRgb colour, int coverage)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height || coverage <= 0)
        return;
    QRgb* px = line(y) + x;
    *px = over(scaled(colour, std::min(coverage, 256)), *px);
}

void RasterPainter::blendSpan(int y, int x0, int x1, QRgb colour)
{
    x0 = std::max(x0, 0);
    x1 = std::min(x1, m_width - 1);
    if (y < 0 || y >= m_height || x0 > x1)
        return;
    QRgb* row = line(y);
    if (qAlpha(colour) == 255) {
        std::fill(row + x0, row + x1 + 1, colour);
        return;
    }
    for (int x = x0; x <= x1; ++x)
        row[x] = over(colour, row[x]);
}

void RasterPainter::blendSprite(int x, int y, const QImage& sprite)
{
    const int sx0 = std::max(0, -x), sy0 = std::max(0, -y);
    const int sx1 = std::min(sprite.width(), m_width - x), sy1 = std::min(sprite.height(), m_height - y);
    for (int sy = sy0; sy < sy1; ++sy) {
        const auto* src = reinterpret_cast<const QRgb*>(sprite.constScanLine(sy));
        QRgb* dst = line(y + sy) + x;
        for (int sx = sx0; sx < sx1; ++sx) {
            const QRgb s = src[sx];
            if (qAlpha(s) == 255)
                dst[sx] = s;
            else if (s)
                dst[sx] = over(s, dst[sx]);
        }
    }
}

const QRgb* RasterPainter::coverageTable(QRgb colour)
{
    for (const CoverageTable& t : m_tables)
        if (t.filled && t.colour == colour)
            return t.scaled.data();
    CoverageTable& t = m_tables[m_nextTable];
    m_nextTable = (m_nextTable + 1) % m_tables.size();
    for (int c = 0; c <= 256; ++c)
        t.scaled[std::size_t(c)] = scaled(colour, c);
    t.colour = colour;
    t.filled = true;
    return t.scaled.data();
}

void RasterPainter::segment(QPointF a, QPointF b, QRgb colour, const QRgb* scaledColour)
{
    double x0 = a.x(), y0 = a.y(), x1 = b.x(), y1 = b.y();
    // Most segments of a frame lie well inside it: they skip clipping and per-pixel checks.
    // (Each coordinate is compared: a NaN fails every comparison, where std::min could hide it.)
    if (x0 >= 1 && x1 >= 1 && y0 >= 1 && y1 >= 1 && x0 < m_width - 2 && x1 < m_width - 2 && y0 < m_height - 2 &&
        y1 < m_height - 2) {
        wuInside(x0, y0, x1, y1, scaledColour);
        return;
    }
    // Segments of a feature that crosses into a strip of the frame mostly lie outside it.
    if (std::max(y0, y1) < -1 || std::min(y0, y1) > m_height || std::max(x0, x1) < -1 || std::min(x0, x1) > m_width)
        return;
    if (!clipSegment(x0, y0, x1, y1, -1, -1, m_width, m_height))
        return;
    wuClipped(x0, y0, x1, y1, colour);
}

void RasterPainter::polyline(const QPointF* points, qsizetype count, const QRectF& bounds, QRgb colour)
{
    const QRgb* scaledColour = coverageTable(colour);
    // A line well inside the image skips the checks of each segment (not one with a NaN point:
    // QPolygonF::boundingRect leaves those out).
    const bool finite = std::all_of(points, points + count, [](QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
    if (finite && bounds.left() >= 1 && bounds.top() >= 1 && bounds.right() < m_width - 2 &&
        bounds.bottom() < m_height - 2) {
        for (qsizetype i = 1; i < count; ++i)
            wuInside(points[i - 1].x(), points[i - 1].y(), points[i].x(), points[i].y(), scaledColour);
        return;
    }
    for (qsizetype i = 1; i < count; ++i)
        segment(points[i - 1], points[i], colour, scaledColour);
}

// Xiaolin Wu's line along its major axis u (x, or y when steep); pixel centres sit at +0.5.
// Selects instead of branches: segments of a coarse frame are a pixel or two long and
// go every way, so branches would mostly be mispredicted.
void RasterPainter::wuInside(double x0, double y0, double x1, double y1, const QRgb* scaledColour)
{
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    const double u0 = steep ? y0 : x0, v0 = steep ? x0 : y0, u1 = steep ? y1 : x1, v1 = steep ? x1 : y1;
    const bool reversed = u0 > u1;
    const double ua = reversed ? u1 : u0, va = reversed ? v1 : v0, ub = reversed ? u0 : u1, vb = reversed ? v0 : v1;
    const double du = ub - ua;
    const double gradient = du < 1e-9 ? 0.0 : (vb - va) / du;
    const int uStart = int(ua), uEnd = int(ub);  // all positive: truncation is floor
    // How much of the end columns the segment covers along u (0..256): the part after ua of the
    // first, before ub of the last, or ub - ua of the only one (a point covers it whole).
    const int spanStart = int((uStart == uEnd ? (du < 1e-9 ? 1.0 : du) : uStart + 1 - ua) * 256);
    const int spanEnd = int((ub - uEnd) * 256);
    // v in 16.16 fixed point, at the first column's centre, less half a pixel.
    auto v = std::int32_t((va - 0.5 + gradient * (uStart + 0.5 - ua)) * 65536);
    const auto step = std::int32_t(gradient * 65536);
    const std::ptrdiff_t row = m_stride / std::ptrdiff_t(sizeof(QRgb));
    const std::ptrdiff_t major = steep ? row : 1, minor = steep ? 1 : row;
    QRgb* column = reinterpret_cast<QRgb*>(m_bits) + uStart * major;  // the column's first pixel
    // Blends the column's pixel at v and the next one with coverages 0..256.
    const auto plot = [&](int first, int second) {
        QRgb* px = column + (v >> 16) * minor;
        px[0] = over(scaledColour[first], px[0]);
        px[minor] = over(scaledColour[second], px[minor]);
    };
    // The end columns are covered in part; the ones between them whole, without the checks.
    int frac = (v >> 8) & 0xff;
    plot((256 - frac) * spanStart >> 8, frac * spanStart >> 8);
    if (uEnd == uStart)
        return;
    for (int u = uStart + 1; u < uEnd; ++u) {
        v += step;
        column += major;
        frac = (v >> 8) & 0xff;
        plot(256 - frac, frac);
    }
    v += step;
    column += major;
    frac = (v >> 8) & 0xff;
    plot((256 - frac) * spanEnd >> 8, frac * spanEnd >> 8);
}

void RasterPainter::wuClipped(double x0, double y0, double x1, double y1, QRgb colour)
{
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    if (steep) {
        std::swap(x0, y0);
        std::swap(x1, y1);
    }
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const double dx = x1 - x0;
    const double gradient = dx < 1e-9 ? 0.0 : (y1 - y0) / dx;
    // Pixel centres sit at +0.5: shift so that integer coordinates are centres.
    const double cx0 = x0 - 0.5, cy0 = y0 - 0.5, cx1 = x1 - 0.5;
    const int xStart = int(std::floor(cx0 + 0.5)), xEnd = int(std::floor(cx1 + 0.5));
    double y = cy0 + gradient * (xStart - cx0);
    for (int x = xStart; x <= xEnd; ++x, y += gradient) {
        // Horizontal coverage of this column by the segment, for short ends.
        const double left = std::max(double(x) - 0.5, cx0), right = std::min(double(x) + 0.5, cx1);
        const double span = dx < 1e-9 ? 1.0 : std::clamp(right - left, 0.0, 1.0);
        const int yi = int(std::floor(y));
        const double frac = y - yi;
        const int c1 = int((1.0 - frac) * span * 256), c2 = int(frac * span * 256);
        if (steep) {
            blend(yi, x, colour, c1);
            blend(yi + 1, x, colour, c2);
        } else {
            blend(x, yi, colour, c1);
            blend(x, yi + 1, colour, c2);
        }
    }
}

void RasterPainter::fillEvenOdd(const QPolygonF* rings, std::size_t count, QRgb colour)
{
    double top = m_height, bottom = -1;
    for (std::size_t r = 0; r < count; ++r)
        for (const QPointF& p : rings[r])
            if (std::isfinite(p.y())) {
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
    // Bands of rows keep the crossings of a big shape with many rings to a bounded number.
    const int first = int(std::max(0.0, std::floor(top))), last = int(std::min(double(m_height - 1), std::ceil(bottom)));
    for (int band = first; band <= last; band += kFillBandRows)
        fillBand(rings, count, band, std::min(last, band + kFillBandRows - 1), colour);
}

void RasterPainter::fillBand(const QPolygonF* rings, std::size_t count, int firstRow, int lastRow, QRgb colour)
{
    // Each edge adds its crossings of the pixel-centre rows it spans: one pass over the edges
    // rather than one per row.
    m_crossings.clear();
    for (std::size_t r = 0; r < count; ++r) {
        const QPolygonF& ring = rings[r];
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            QPointF a = ring[j], b = ring[i];
            // An invalid corner (NaN, infinite) would make crossings that cannot be sorted.
            if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y()))
                continue;
            if (a.y() > b.y())
                std::swap(a, b);
            // The rows whose centre (y + 0.5) lies in [a.y, b.y), clamped before the conversion
            // to int: far outside coordinates would overflow it.
            const double top = std::ceil(a.y() - 0.5), bottom = std::ceil(b.y() - 0.5) - 1;
            if (top > bottom || bottom < firstRow || top > lastRow)
                continue;
            const int first = int(std::max(double(firstRow), top)), last = int(std::min(double(lastRow), bottom));
            // Each x from the edge's end, not by adding up steps: no rounding drift along it.
            const double slope = (b.x() - a.x()) / (b.y() - a.y());
            for (int y = first; y <= last; ++y)
                m_crossings.push_back({y, a.x() + (y + 0.5 - a.y()) * slope});
        }
    }
    std::sort(m_crossings.begin(), m_crossings.end(),
              [](const Crossing& l, const Crossing& r) { return l.y != r.y ? l.y < r.y : l.x < r.x; });
    // Closed rings cross each row an even number of times: the crossings pair up (a row left
    // odd by a ring with invalid coordinates loses its last crossing, not the next rows).
    const double limit = m_width;
    std::size_t i = 0;
    while (i + 1 < m_crossings.size()) {
        if (m_crossings[i].y != m_crossings[i + 1].y) {
            ++i;
            continue;
        }
        const int x0 = int(std::clamp(std::ceil(m_crossings[i].x - 0.5), -1.0, limit));
        const int x1 = int(std::clamp(std::floor(m_crossings[i + 1].x - 0.5), -1.0, limit));
        if (x1 >= x0)
            blendSpan(m_crossings[i].y, x0, x1, colour);
        i += 2;
    }
}

}  // namespace atlas::gis
