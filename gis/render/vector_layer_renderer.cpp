#include "gis/render/vector_layer_renderer.h"

#include "gis/crs/crs_transform.h"
#include "gis/render/feature_painter.h"
#include "gis/render/layer_compositing.h"
#include "gis/render/line_label.h"
#include "gis/render/thematic_lookup.h"

#include <QCoreApplication>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace atlas::gis {
namespace {

constexpr int kCancelCheckInterval = 256;

// Pixel positions of a part, dropping vertices that fall on the previous pixel.
void toPixels(const PathGeometry& g, const GeometryPart& part, const MapSettings& s, QPolygonF& out)
{
    out.clear();
    const double upp = s.unitsPerPixel();
    const double x0 = s.extent.xMin, y0 = s.extent.yMax;
    for (std::uint32_t i = part.begin; i < part.end; ++i) {
        const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
        if (std::isfinite(x) && std::isfinite(y))
            appendPixel(out, QPointF((x - x0) / upp, (y0 - y) / upp), i + 1 == part.end);
    }
}

}  // namespace

VectorLayerRenderer::VectorLayerRenderer(const RenderLayer& layer, const MapSettings& settings,
                                         LabelPlacer* labels)
    : m_layer(layer), m_settings(settings), m_labels(labels)
{
}

bool VectorLayerRenderer::labelsShown() const
{
    return labelsShownAt(m_layer.style, m_settings);
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
    if (labelsShown())
        request.fields << m_layer.style.labelField;
    const core::StyleClassification& thematic = m_layer.style.thematic;
    if (thematic.isThematic() && !request.fields.contains(thematic.field))
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
    FeaturePainter painter(target, style, m_settings.dpi, m_labels);
    // The field is resolved once: its position in the request, or -1 for a single symbol.
    const int thematicIndex = painter.symbolCount() > 1 ? int(request.fields.indexOf(style.thematic.field)) : -1;
    const int labelIndex = labelsShown() ? int(request.fields.indexOf(style.labelField)) : -1;
    const ThematicLookup lookup(style.thematic);

    Feature feature;
    QPolygonF ring, longest;
    std::vector<QPolygonF> rings;
    if (cancel.load())
        return stats;
    FeatureRequest cancellable = request;
    cancellable.cancel = &cancel;
    auto it = source.features(cancellable);
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
        const std::size_t symbol =
            thematicIndex < 0 ? 0 : std::size_t(1 + lookup.indexOf(feature.attributes.value(thematicIndex)));
        // Each part as what it is: a geometry collection may mix rings, lines and points.
        bool drawn = false;
        const bool areas = g.hasPolygon();
        rings.clear();
        longest.clear();
        double longestLength = 0;
        for (const GeometryPart& part : g.parts) {
            if (part.role == PartRole::Point) {
                const QPointF p = m_settings.toPixel(g.xy[2 * part.begin], g.xy[2 * part.begin + 1]);
                drawn = painter.drawPoint(p, symbol, areas ? QString() : label) || drawn;
                continue;
            }
            toPixels(g, part, m_settings, ring);
            if (part.role == PartRole::Line) {
                drawn = painter.drawLine(ring, symbol) || drawn;
                // One label per line feature (an area labels itself), on its longest part.
                if (const double l = areas || label.isEmpty() ? 0 : polylineLength(ring); l > longestLength) {
                    longestLength = l;
                    longest = ring;
                }
            } else if (ring.size() >= 2) {
                rings.push_back(ring);
            }
        }
        if (!rings.empty())
            drawn = painter.drawPolygon(rings.data(), rings.size(), symbol, label) || drawn;
        if (drawn && !longest.isEmpty())
            painter.labelLine(longest, label);
        stats.featuresDrawn += drawn ? 1 : 0;
    }
    return stats;
}

}  // namespace atlas::gis
