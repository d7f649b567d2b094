#include "gis/render/vector_layer_renderer.h"

#include "gis/crs/crs_transform.h"
#include "gis/render/label_placer.h"
#include "gis/render/marker_shape.h"
#include "gis/render/raster_painter.h"
#include "gis/render/thematic_lookup.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace atlas::gis {
namespace {

constexpr int kCancelCheckInterval = 1024;
// Strokes up to this width (pixels) are drawn as anti-aliased hairlines by RasterPainter.
constexpr double kHairlineMaxWidth = 1.5;

// A pre-drawn marker, stamped for each point: much cheaper than drawing a path.
QImage markerStamp(const core::LayerStyle& style, double scale)
{
    const double size = style.markerSize * scale;
    const int side = int(std::ceil(size + 2 * style.strokeWidth * scale + 2));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(style.strokeWidth > 0 ? QPen(style.stroke, style.strokeWidth * scale) : QPen(Qt::NoPen));
    p.setBrush(style.fill);
    drawMarkerShape(p, style.marker, QRectF((side - size) / 2, (side - size) / 2, size, size));
    return img;
}

// Pixel positions of a part, dropping vertices that fall on the previous pixel.
void toPixels(const PathGeometry& g, const GeometryPart& part, const MapSettings& s, QPolygonF& out)
{
    out.clear();
    const double upp = s.unitsPerPixel();
    const double x0 = s.extent.xMin, y0 = s.extent.yMax;
    QPointF last(-1e30, -1e30);
    for (std::uint32_t i = part.begin; i < part.end; ++i) {
        const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        const QPointF p((x - x0) / upp, (y0 - y) / upp);
        if (std::abs(p.x() - last.x()) < 0.5 && std::abs(p.y() - last.y()) < 0.5 && i + 1 < part.end)
            continue;
        out << p;
        last = p;
    }
}

// Inclusive overlap: a horizontal or vertical line has a flat box, which
// QRectF::intersects never reports as overlapping.
bool overlaps(const QRectF& box, const QRectF& visible)
{
    return box.left() <= visible.right() && box.right() >= visible.left() && box.top() <= visible.bottom() &&
           box.bottom() >= visible.top();
}

// How one layer's symbols are drawn, decided once per render.
struct Symbols {
    QImage stamp;
    QPointF stampOffset;
    QPen pen;
    bool hairline;        // strokes through RasterPainter
    QRgb strokeColour;    // premultiplied
    QRgb fillColour;      // premultiplied
    QColor fill;
    // Lines take a class's colour on their stroke; polygons keep the outline.
    QPen linePen;
    QRgb lineColour;       // premultiplied, hairline-weighted
    QRgb lineColourSolid;  // premultiplied, for strokes of zero width
};

Symbols symbolsFor(const core::LayerStyle& style, double scale)
{
    Symbols s;
    s.stamp = markerStamp(style, scale);
    s.stampOffset = QPointF(s.stamp.width() / 2.0, s.stamp.height() / 2.0);
    const double width = style.strokeWidth * scale;
    s.pen = width > 0 ? QPen(style.stroke, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin) : QPen(Qt::NoPen);
    s.hairline = width > 0 && width <= kHairlineMaxWidth;
    // A hairline thinner than a pixel is drawn one pixel wide, lighter.
    s.strokeColour = premultipliedColour(style.stroke, std::min(1.0, width));
    s.fillColour = premultipliedColour(style.fill);
    s.fill = style.fill;
    s.linePen = s.pen;
    s.lineColour = s.strokeColour;
    s.lineColourSolid = premultipliedColour(style.stroke);
    return s;
}

// Symbol 0 is the layer's own style (single symbol, and unmatched or NULL values);
// symbol i + 1 is category or class i.
std::vector<Symbols> symbolTable(const core::LayerStyle& style, double scale)
{
    std::vector<Symbols> out{symbolsFor(style, scale)};
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
        Symbols s = symbolsFor(classStyle, scale);
        core::LayerStyle lineStyle = style;
        lineStyle.stroke = colour;
        const Symbols line = symbolsFor(lineStyle, scale);
        s.linePen = line.pen;
        s.lineColour = line.strokeColour;
        s.lineColourSolid = line.lineColourSolid;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

VectorLayerRenderer::VectorLayerRenderer(const RenderLayer& layer, const MapSettings& settings,
                                         LabelPlacer* labels)
    : m_layer(layer), m_settings(settings), m_labels(labels)
{
}

core::Result<FeatureRequest> VectorLayerRenderer::requestFor(const LayerSource& source) const
{
    const QString layerCrs = source.crs().isEmpty() ? m_settings.crs : source.crs();
    const CrsTransform transform(layerCrs, m_settings.crs);
    if (!transform.isValid())
        return core::Error{m_layer.path, m_layer.name, transform.errorString()};
    FeatureRequest request;
    // Null when the frame is outside the layer CRS's domain: nothing to draw.
    request.filter = transform.transformExtent(m_settings.extent, /*inverse=*/true).buffered(0.01);
    if (!m_layer.style.labelField.isEmpty())
        request.fields << m_layer.style.labelField;
    const core::StyleClassification& thematic = m_layer.style.thematic;
    if (thematic.isThematic() && thematic.field != m_layer.style.labelField)
        request.fields << thematic.field;
    return request;
}

core::Result<VectorRenderStats> VectorLayerRenderer::render(LayerSource& source, const FeatureRequest& request,
                                                            QImage& target, const std::atomic<bool>& cancel)
{
    VectorRenderStats stats;
    if (request.filter.isNull())
        return stats;
    const QString layerCrs = source.crs().isEmpty() ? m_settings.crs : source.crs();
    CrsTransform transform(layerCrs, m_settings.crs);
    if (!transform.isValid())
        return core::Error{m_layer.path, m_layer.name, transform.errorString()};

    const core::LayerStyle& style = m_layer.style;
    const double scale = m_settings.dpi / 96.0;
    const std::vector<Symbols> symbols = symbolTable(style, scale);
    // The field is resolved once: its position in the request, or -1 for a single symbol.
    const int thematicIndex = symbols.size() > 1 ? int(request.fields.indexOf(style.thematic.field)) : -1;
    const int labelIndex = style.labelField.isEmpty() ? -1 : int(request.fields.indexOf(style.labelField));
    const ThematicLookup lookup(style.thematic);
    RasterPainter raster(target);
    QPainter painter(&target);
    painter.setRenderHint(QPainter::Antialiasing);
    const int w = target.width(), h = target.height();
    // One marker per pixel and symbol is enough: the tag of the symbol last stamped there.
    std::vector<std::uint8_t> pointDrawn(std::size_t(w) * h, 0);
    const QImage& stamp = symbols.front().stamp;  // every class has the same marker size
    const QRectF visible = QRectF(0, 0, w, h).adjusted(-stamp.width(), -stamp.height(), stamp.width(), stamp.height());

    Feature feature;
    QPolygonF ring;
    std::vector<QPolygonF> rings;
    auto it = source.features(request);
    if (!it)
        return core::Error{m_layer.path, m_layer.name,
                           QCoreApplication::translate("atlas::gis", "the layer cannot be read")};
    while (it->next(feature)) {
        if (++stats.featuresRead % kCancelCheckInterval == 0 && cancel.load())
            break;
        PathGeometry& g = feature.geometry;
        if (g.isEmpty())
            continue;
        transform.transformInterleaved(g.xy.data(), g.pointCount());
        const QString label = labelIndex >= 0 ? feature.attributes.value(labelIndex).toString() : QString();
        const std::size_t symbolIndex =
            thematicIndex < 0 ? 0 : std::size_t(1 + lookup.indexOf(feature.attributes.value(thematicIndex)));
        const Symbols& sym = symbols[symbolIndex];
        const auto symbolTag = std::uint8_t(std::min<std::size_t>(symbolIndex + 1, 255));
        bool drawn = false;

        if (g.hasPolygon()) {
            rings.clear();
            QRectF bounds;
            for (const GeometryPart& part : g.parts) {
                toPixels(g, part, m_settings, ring);
                if (ring.size() >= 2) {
                    bounds = rings.empty() ? ring.boundingRect() : bounds.united(ring.boundingRect());
                    rings.push_back(ring);
                }
            }
            if (rings.empty() || !overlaps(bounds, visible))
                continue;
            drawn = true;
            if (sym.hairline) {
                // The hairline stroke covers the fill's aliased edge.
                raster.fillEvenOdd(rings, sym.fillColour);
                for (const QPolygonF& r : rings)
                    for (qsizetype i = 1; i < r.size(); ++i)
                        raster.hairline(r[i - 1], r[i], sym.strokeColour);
            } else {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF& r : rings)
                    path.addPolygon(r);
                painter.setPen(sym.pen);
                painter.setBrush(sym.fill);
                painter.drawPath(path);
            }
            if (m_labels && !label.isEmpty())
                m_labels->addAreaLabel(label, bounds.center(), style.stroke.darker(150));
        } else {
            for (const GeometryPart& part : g.parts) {
                if (part.role == PartRole::Point) {
                    const QPointF p = m_settings.toPixel(g.xy[2 * part.begin], g.xy[2 * part.begin + 1]);
                    if (!visible.contains(p))
                        continue;
                    const int px = int(p.x()), py = int(p.y());
                    const bool inside = px >= 0 && py >= 0 && px < w && py < h;
                    if (inside && pointDrawn[std::size_t(py) * w + px] == symbolTag && label.isEmpty())
                        continue;
                    if (inside)
                        pointDrawn[std::size_t(py) * w + px] = symbolTag;
                    const QPointF topLeft = p - sym.stampOffset;
                    raster.blendSprite(int(std::lround(topLeft.x())), int(std::lround(topLeft.y())), sym.stamp);
                    drawn = true;
                    if (m_labels && !label.isEmpty())
                        m_labels->addPointLabel(label, p, style.markerSize * scale / 2, QColor(30, 30, 30));
                } else {
                    toPixels(g, part, m_settings, ring);
                    if (ring.size() < 2 || !overlaps(ring.boundingRect(), visible))
                        continue;
                    drawn = true;
                    if (sym.hairline || sym.pen.style() == Qt::NoPen) {
                        const QRgb colour = sym.pen.style() == Qt::NoPen ? sym.lineColourSolid : sym.lineColour;
                        for (qsizetype i = 1; i < ring.size(); ++i)
                            raster.hairline(ring[i - 1], ring[i], colour);
                    } else {
                        painter.setPen(sym.linePen);
                        painter.drawPolyline(ring);
                    }
                }
            }
        }
        stats.featuresDrawn += drawn ? 1 : 0;
    }
    return stats;
}

}  // namespace atlas::gis
