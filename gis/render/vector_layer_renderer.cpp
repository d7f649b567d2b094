#include "gis/render/vector_layer_renderer.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/label_placer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>
#include <vector>

namespace atlas::gis {
namespace {

constexpr int kCancelCheckInterval = 1024;

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
    const QRectF r((side - size) / 2, (side - size) / 2, size, size);
    switch (style.marker) {
    case core::MarkerShape::Circle:
        p.drawEllipse(r);
        break;
    case core::MarkerShape::Square:
        p.drawRect(r);
        break;
    case core::MarkerShape::Triangle:
        p.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()}));
        break;
    case core::MarkerShape::Diamond:
        p.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                 QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())}));
        break;
    }
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

}  // namespace

VectorLayerRenderer::VectorLayerRenderer(const RenderLayer& layer, const MapSettings& settings,
                                         LabelPlacer* labels)
    : m_layer(layer), m_settings(settings), m_labels(labels)
{
}

core::Result<VectorRenderStats> VectorLayerRenderer::render(LayerSource& source, QImage& target,
                                                            const std::atomic<bool>& cancel)
{
    const QString layerCrs = source.crs().isEmpty() ? m_settings.crs : source.crs();
    CrsTransform transform(layerCrs, m_settings.crs);
    if (!transform.isValid())
        return core::Error{m_layer.path, m_layer.name, transform.errorString()};

    FeatureRequest request;
    request.filter = transform.transformExtent(m_settings.extent, /*inverse=*/true).buffered(0.01);
    if (request.filter.isNull())
        return VectorRenderStats{};  // the frame is outside the layer CRS's domain
    if (!m_layer.style.labelField.isEmpty())
        request.fields << m_layer.style.labelField;

    const core::LayerStyle& style = m_layer.style;
    const double scale = m_settings.dpi / 96.0;
    QPainter painter(&target);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen pen = style.strokeWidth > 0
                         ? QPen(style.stroke, style.strokeWidth * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
                         : QPen(Qt::NoPen);
    const QImage stamp = markerStamp(style, scale);
    const QPointF stampOffset(stamp.width() / 2.0, stamp.height() / 2.0);
    const int w = target.width(), h = target.height();
    std::vector<bool> pointDrawn(std::size_t(w) * h, false);  // one marker per pixel is enough
    const QRectF visible = QRectF(0, 0, w, h).adjusted(-stamp.width(), -stamp.height(), stamp.width(), stamp.height());

    VectorRenderStats stats;
    Feature feature;
    QPolygonF ring;
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
        const QString label = feature.attributes.isEmpty() ? QString() : feature.attributes.first().toString();
        bool drawn = false;

        if (g.hasPolygon()) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const GeometryPart& part : g.parts) {
                toPixels(g, part, m_settings, ring);
                if (ring.size() >= 2)
                    path.addPolygon(ring);
            }
            if (path.boundingRect().intersects(visible)) {
                painter.setPen(pen);
                painter.setBrush(style.fill);
                painter.drawPath(path);
                drawn = true;
                if (m_labels && !label.isEmpty())
                    m_labels->addAreaLabel(label, path.boundingRect().center(), style.stroke.darker(150));
            }
        } else {
            for (const GeometryPart& part : g.parts) {
                if (part.role == PartRole::Point) {
                    const QPointF p = m_settings.toPixel(g.xy[2 * part.begin], g.xy[2 * part.begin + 1]);
                    if (!visible.contains(p))
                        continue;
                    const int px = int(p.x()), py = int(p.y());
                    const bool inside = px >= 0 && py >= 0 && px < w && py < h;
                    if (inside && pointDrawn[std::size_t(py) * w + px] && label.isEmpty())
                        continue;
                    if (inside)
                        pointDrawn[std::size_t(py) * w + px] = true;
                    painter.drawImage(p - stampOffset, stamp);
                    drawn = true;
                    if (m_labels && !label.isEmpty())
                        m_labels->addPointLabel(label, p, style.markerSize * scale / 2, QColor(30, 30, 30));
                } else {
                    toPixels(g, part, m_settings, ring);
                    if (ring.size() < 2 || !ring.boundingRect().intersects(visible))
                        continue;
                    painter.setPen(pen.style() == Qt::NoPen ? QPen(style.stroke, scale) : pen);
                    painter.drawPolyline(ring);
                    drawn = true;
                }
            }
        }
        stats.featuresDrawn += drawn ? 1 : 0;
    }
    return stats;
}

}  // namespace atlas::gis
