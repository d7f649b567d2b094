#include "gis/render/feature_painter.h"

#include "gis/render/label_placer.h"
#include "gis/render/line_label.h"
#include "gis/render/marker_icon.h"
#include "gis/render/marker_shape.h"
#include "gis/render/stroke_style.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

// Strokes up to this width (pixels) are drawn as anti-aliased hairlines by RasterPainter.
constexpr double kHairlineMaxWidth = 1.5;

// A pre-drawn marker, stamped for each point: much cheaper than drawing a path. An SVG icon
// that cannot be read falls back to the shape (the renderer reports it once per layer).
QImage markerStamp(const core::LayerStyle& style, double ppu)
{
    const double size = style.markerSize * ppu;
    if (!style.markerSvg.isEmpty()) {
        const QImage icon = markerIconImage(style.markerSvg, std::max(1, int(std::lround(size))));
        if (!icon.isNull())
            return icon;
    }
    const int side = int(std::ceil(size + 2 * style.strokeWidth * ppu + 2));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(style.strokeWidth > 0 ? strokePen(style.stroke, style.strokeWidth * ppu, core::StrokeDash::Solid)
                                   : QPen(Qt::NoPen));
    p.setBrush(style.fill);
    drawMarkerShape(p, style.marker, QRectF((side - size) / 2, (side - size) / 2, size, size));
    return img;
}

FeaturePainter::Symbol symbolFor(const core::LayerStyle& style, double ppu)
{
    FeaturePainter::Symbol s;
    s.stamp = markerStamp(style, ppu);
    s.stampOffset = QPointF(s.stamp.width() / 2.0, s.stamp.height() / 2.0);
    const double width = style.strokeWidth * ppu;
    const bool dashed = style.dash != core::StrokeDash::Solid;
    s.pen = width > 0 ? strokePen(style.stroke, width, style.dash) : QPen(Qt::NoPen);
    // Dashes need QPainter's dasher: only solid thin strokes take the fast path.
    s.hairline = width > 0 && width <= kHairlineMaxWidth && !dashed;
    // A hairline thinner than a pixel is drawn one pixel wide, lighter.
    s.strokeColour = premultipliedColour(style.stroke, std::min(1.0, width));
    s.fillColour = premultipliedColour(style.fill);
    s.fill = style.fill;
    // A line of zero width still shows, as the thinnest line (dashed if asked).
    s.linePen = width > 0 || !dashed ? s.pen : strokePen(style.stroke, 0, style.dash);
    s.lineColour = s.strokeColour;
    s.lineColourSolid = premultipliedColour(style.stroke);
    return s;
}

std::vector<FeaturePainter::Symbol> symbolTable(const core::LayerStyle& style, double ppu)
{
    std::vector<FeaturePainter::Symbol> out{symbolFor(style, ppu)};
    const core::StyleClassification& t = style.thematic;
    if (!t.isThematic())
        return out;
    QList<QColor> colours;
    for (const core::StyleCategory& c : t.categories)
        colours << c.colour;
    for (const core::StyleClass& c : t.classes)
        colours << c.colour;
    for (const QColor& colour : colours) {
        core::LayerStyle classStyle = style;
        classStyle.fill = colour;
        FeaturePainter::Symbol s = symbolFor(classStyle, ppu);
        core::LayerStyle lineStyle = style;
        lineStyle.stroke = colour;
        const FeaturePainter::Symbol line = symbolFor(lineStyle, ppu);
        s.linePen = line.pen;
        s.lineColour = line.strokeColour;
        s.lineColourSolid = line.lineColourSolid;
        out.push_back(std::move(s));
    }
    return out;
}

// Inclusive overlap: a horizontal or vertical line has a flat box, which
// QRectF::intersects never reports as overlapping.
bool overlaps(const QRectF& box, const QRectF& visible)
{
    return box.left() <= visible.right() && box.right() >= visible.left() && box.top() <= visible.bottom() &&
           box.bottom() >= visible.top();
}

}  // namespace

FeaturePainter::FeaturePainter(QImage& target, const core::LayerStyle& style, double dpi, LabelPlacer* labels)
    : m_style(style), m_ppu(style.pixelsPerUnit(dpi)), m_labels(labels), m_symbols(symbolTable(style, m_ppu)),
      m_raster(target),
      m_painter(&target), m_width(target.width()), m_height(target.height()),
      m_pointDrawn(std::size_t(target.width()) * std::size_t(target.height()), 0)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    const QImage& stamp = m_symbols.front().stamp;  // every class has the same marker size
    m_visible = QRectF(0, 0, m_width, m_height).adjusted(-stamp.width(), -stamp.height(), stamp.width(), stamp.height());
}

FeaturePainter::~FeaturePainter() = default;

bool FeaturePainter::drawPolygon(const QPolygonF* rings, std::size_t count, std::size_t symbol, const QString& label)
{
    if (count == 0)
        return false;
    QRectF bounds = rings[0].boundingRect();
    for (std::size_t i = 1; i < count; ++i)
        bounds = bounds.united(rings[i].boundingRect());
    if (!overlaps(bounds, m_visible))
        return false;
    const Symbol& sym = m_symbols[symbol];
    if (sym.hairline) {
        // The hairline stroke covers the fill's aliased edge.
        m_raster.fillEvenOdd(rings, count, sym.fillColour);
        for (std::size_t i = 0; i < count; ++i)
            m_raster.polyline(rings[i].constData(), rings[i].size(), count == 1 ? bounds : rings[i].boundingRect(),
                              sym.strokeColour);
    } else {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t i = 0; i < count; ++i)
            path.addPolygon(rings[i]);
        m_painter.setPen(sym.pen);
        m_painter.setBrush(sym.fill);
        m_painter.drawPath(path);
    }
    if (m_labels && !label.isEmpty())
        m_labels->addAreaLabel(label, bounds.center(), m_style.stroke.darker(150));
    return true;
}

bool FeaturePainter::drawLine(const QPolygonF& line, std::size_t symbol)
{
    if (line.size() < 2)
        return false;
    const QRectF bounds = line.boundingRect();
    if (!overlaps(bounds, m_visible))
        return false;
    const Symbol& sym = m_symbols[symbol];
    if (sym.hairline || sym.linePen.style() == Qt::NoPen) {
        m_raster.polyline(line.constData(), line.size(), bounds,
                          sym.linePen.style() == Qt::NoPen ? sym.lineColourSolid : sym.lineColour);
    } else {
        m_painter.setPen(sym.linePen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPolyline(line);
    }
    return true;
}

bool FeaturePainter::drawPoint(QPointF p, std::size_t symbol, const QString& label)
{
    if (!m_visible.contains(p))
        return false;
    const Symbol& sym = m_symbols[symbol];
    const auto tag = std::uint8_t(std::min<std::size_t>(symbol + 1, 255));
    const int px = int(p.x()), py = int(p.y());
    const bool inside = px >= 0 && py >= 0 && px < m_width && py < m_height;
    if (inside && m_pointDrawn[std::size_t(py) * m_width + px] == tag && label.isEmpty())
        return false;
    if (inside)
        m_pointDrawn[std::size_t(py) * m_width + px] = tag;
    const QPointF topLeft = p - sym.stampOffset;
    m_raster.blendSprite(int(std::lround(topLeft.x())), int(std::lround(topLeft.y())), sym.stamp);
    if (m_labels && !label.isEmpty())
        m_labels->addPointLabel(label, p, m_style.markerSize * m_ppu / 2, QColor(30, 30, 30));
    return true;
}

void FeaturePainter::labelLine(const QPolygonF& line, const QString& label)
{
    if (!m_labels || label.isEmpty() || line.size() < 2)
        return;
    const LinePlacement at = placeOnLine(line);
    m_labels->addLineLabel(label, at.anchor, at.angle, at.length, m_style.stroke.darker(150));
}

}  // namespace atlas::gis
