#include "gis/print/vector_map_painter.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/label_placer.h"
#include "gis/render/layer_compositing.h"
#include "gis/render/line_label.h"
#include "gis/render/marker_icon.h"
#include "gis/render/marker_shape.h"
#include "gis/render/stroke_style.h"
#include "gis/render/thematic_lookup.h"
#include "gis/render/vector_layer_renderer.h"

#include <QCoreApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace atlas::gis {

namespace {

constexpr int kCancelCheckInterval = 1024;

// The colour of category or class `index` of `style` (-1: the layer's own colour).
QColor thematicColour(const core::LayerStyle& style, int index, const QColor& own)
{
    const core::StyleClassification& t = style.thematic;
    if (index < 0)
        return own;
    if (index < t.categories.size())
        return t.categories[index].colour;
    return index < t.classes.size() ? t.classes[index].colour : own;
}

QPolygonF toDevice(const PathGeometry& g, const GeometryPart& part, const MapSettings& s)
{
    QPolygonF out;
    const double upp = s.unitsPerPixel();
    for (std::uint32_t i = part.begin; i < part.end; ++i) {
        const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
        if (std::isfinite(x) && std::isfinite(y))
            out << QPointF((x - s.extent.xMin) / upp, (s.extent.yMax - y) / upp);
    }
    return out;
}

core::Result<qint64> paintLayer(QPainter& p, const RenderLayer& layer, LayerSource& source, const MapSettings& s,
                                LabelPlacer& labels, const std::atomic<bool>& cancel)
{
    const VectorLayerRenderer renderer(layer, s, nullptr);
    auto request = renderer.requestFor(source);
    if (!request)
        return request.error();
    if (request.value().filter.isNull())
        return qint64(0);
    const CrsTransform transform(source.crs().isEmpty() ? s.crs : source.crs(), s.crs);
    const core::LayerStyle& style = layer.style;
    const double ppu = style.pixelsPerUnit(s.dpi);  // device units per style unit
    const int thematicIndex =
        style.thematic.isThematic() ? int(request.value().fields.indexOf(style.thematic.field)) : -1;
    const int labelIndex = renderer.labelsShown() ? int(request.value().fields.indexOf(style.labelField)) : -1;
    const ThematicLookup lookup(style.thematic);
    const double strokeWidth = style.strokeWidth * ppu;
    const QPen outline = strokeWidth > 0 ? strokePen(style.stroke, strokeWidth, style.dash) : QPen(Qt::NoPen);
    const QPen markerOutline =
        strokeWidth > 0 ? strokePen(style.stroke, strokeWidth, core::StrokeDash::Solid) : QPen(Qt::NoPen);
    const bool icon = !style.markerSvg.isEmpty() && markerIconUsable(style.markerSvg);
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(s.outputSize)).adjusted(-50, -50, 50, 50);

    auto it = source.features(request.value());
    if (!it)
        return core::Error{layer.path, layer.name, QCoreApplication::translate("atlas::gis", "the layer cannot be read")};
    Feature feature;
    qint64 read = 0, drawn = 0;
    while (it->next(feature)) {
        if (++read % kCancelCheckInterval == 0 && cancel.load())
            break;
        PathGeometry& g = feature.geometry;
        if (g.isEmpty())
            continue;
        transform.transformInterleaved(g.xy.data(), g.pointCount());
        const int index = thematicIndex < 0 ? -1 : lookup.indexOf(feature.attributes.value(thematicIndex));
        const QString label = labelIndex >= 0 ? feature.attributes.value(labelIndex).toString() : QString();
        if (g.hasPolygon()) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const GeometryPart& part : g.parts)
                path.addPolygon(toDevice(g, part, s));
            if (!path.boundingRect().intersects(visible))
                continue;
            p.setPen(outline);
            p.setBrush(thematicColour(style, index, style.fill));
            p.drawPath(path);
            if (!label.isEmpty())
                labels.addAreaLabel(label, path.boundingRect().center(), style.stroke.darker(150));
            ++drawn;
            continue;
        }
        bool any = false;
        QPolygonF longest;
        for (const GeometryPart& part : g.parts) {
            if (part.role == PartRole::Point) {
                const QPointF at = toDevice(g, part, s).value(0);
                if (!visible.contains(at))
                    continue;
                const double size = style.markerSize * ppu;
                const QRectF box(at.x() - size / 2, at.y() - size / 2, size, size);
                if (!icon || !drawMarkerIcon(p, style.markerSvg, box)) {
                    p.setPen(markerOutline);
                    p.setBrush(thematicColour(style, index, style.fill));
                    drawMarkerShape(p, style.marker, box);
                }
                if (!label.isEmpty())
                    labels.addPointLabel(label, at, size / 2, QColor(30, 30, 30));
                any = true;
            } else {
                const QPolygonF line = toDevice(g, part, s);
                if (line.size() < 2 || !line.boundingRect().adjusted(-1, -1, 1, 1).intersects(visible))
                    continue;
                // Strokes of zero width still show, as the thinnest line of the device.
                p.setPen(strokePen(thematicColour(style, index, style.stroke), std::max(strokeWidth, 0.5 * s.dpi / 96.0),
                                   style.dash));
                p.setBrush(Qt::NoBrush);
                p.drawPolyline(line);
                if (!label.isEmpty() && polylineLength(line) > polylineLength(longest))
                    longest = line;
                any = true;
            }
        }
        if (!longest.isEmpty()) {
            const LinePlacement at = placeOnLine(longest);
            labels.addLineLabel(label, at.anchor, at.angle, at.length, style.stroke.darker(150));
        }
        drawn += any ? 1 : 0;
    }
    return drawn;
}

}  // namespace

VectorMapResult paintVectorMap(QPainter& painter, const QRectF& frame, const QList<RenderLayer>& layers,
                               const MapSettings& settings, const std::atomic<bool>& cancel)
{
    VectorMapResult result;
    painter.save();
    painter.setClipRect(frame);
    painter.translate(frame.topLeft());
    painter.scale(frame.width() / settings.outputSize.width(), frame.height() / settings.outputSize.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)), settings.background);
    LabelPlacer labels(settings.dpi);
    labels.setBounds(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)));
    for (int i = 0; i < layers.size() && !cancel.load(); ++i) {
        const RenderLayer& layer = layers[i];
        if (!layerShownAt(layer.style, settings))
            continue;  // outside its scale range at the print's scale
        labels.setPriority(layer.style.labelPriority, i);
        auto source = openLayerSource(layer.path, layer.layerName, layer.kind);
        if (!source) {
            result.errors << core::Error{layer.kind == core::LayerKind::Basemap ? QString() : layer.path, layer.name,
                                         source.error().reason};
            continue;
        }
        painter.setOpacity(layer.style.opacity);
        // A PDF has no blend modes: there the layer is laid over normally.
        if (painter.paintEngine()->hasFeature(QPaintEngine::BlendModes))
            painter.setCompositionMode(compositionModeOf(layer.style.blend));
        if (layer.kind != core::LayerKind::Vector) {
            // Imagery and basemaps stay images, read at the print resolution.
            auto image = source.value()->readImage(settings.extent, settings.outputSize, settings.crs, layer.style.raster, &cancel);
            if (image)
                painter.drawImage(QPointF(0, 0), image.value());
            else if (!cancel.load())
                result.errors << image.error();
            continue;
        }
        auto drawn = paintLayer(painter, layer, *source.value(), settings, labels, cancel);
        if (drawn)
            result.featuresDrawn += drawn.value();
        else
            result.errors << drawn.error();
    }
    painter.setOpacity(1);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    if (!cancel.load())
        labels.draw(painter);
    painter.restore();
    result.cancelled = cancel.load();
    return result;
}

}  // namespace atlas::gis
