#include "gis/formats/web_bundle_layer_writer.h"

#include "core/model/translate.h"
#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/stroke_style.h"

#include <QFile>
#include <cmath>

namespace atlas::gis {
namespace {

QByteArray cssColor(const QColor& c)
{
    return jsonString(c.name(QColor::HexRgb));
}

QByteArray number(double v, int decimals)
{
    if (!std::isfinite(v))
        return QByteArrayLiteral("null");
    QByteArray s = QByteArray::number(v, 'f', decimals);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray valueJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QByteArrayLiteral("null");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Double:
        return number(v.toDouble(), 10);
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default:
        return jsonString(v.toString());
    }
}

// Coordinates of one part as a JSON array of [lon,lat], skipping points that round to
// the previous one.
void appendRing(QByteArray& out, const std::vector<double>& xy, const GeometryPart& part, int decimals,
                core::Extent& bounds)
{
    out += '[';
    QByteArray previous;
    bool first = true;
    for (std::uint32_t i = part.begin; i < part.end; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        QByteArray pair = '[' + number(x, decimals) + ',' + number(y, decimals) + ']';
        // Keep the closing point of rings even when it equals its neighbour.
        if (pair == previous && i + 1 != part.end)
            continue;
        if (!first)
            out += ',';
        out += pair;
        previous = std::move(pair);
        first = false;
        bounds = bounds.united({x, y, x, y});
    }
    out += ']';
}

}  // namespace

QByteArray jsonString(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            // Control characters, markup brackets and the JS line separators as escapes,
            // so the text stays inert wherever the JSON ends up.
            if (u < 0x20 || u == '<' || u == '>' || u == '&' || u == 0x2028 || u == 0x2029)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
    return out;
}

QByteArray geometryJson(const PathGeometry& g, int decimals, core::Extent& bounds, QByteArray& kind)
{
    if (g.parts.empty())
        return {};
    QByteArray coords;
    int parts = 0;
    const PartRole role = g.parts.front().role;
    if (role == PartRole::Point) {
        kind = "point";
        for (const GeometryPart& p : g.parts) {
            for (std::uint32_t i = p.begin; i < p.end; ++i) {
                const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
                if (!std::isfinite(x) || !std::isfinite(y))
                    continue;
                coords += (parts++ ? ",[" : "[") + number(x, decimals) + ',' + number(y, decimals) + ']';
                bounds = bounds.united({x, y, x, y});
            }
        }
        if (parts == 0)
            return {};
        return parts == 1 ? "{\"type\":\"Point\",\"coordinates\":" + coords + '}'
                          : "{\"type\":\"MultiPoint\",\"coordinates\":[" + coords + "]}";
    }
    if (role == PartRole::Line) {
        kind = "line";
        for (const GeometryPart& p : g.parts) {
            if (parts++)
                coords += ',';
            appendRing(coords, g.xy, p, decimals, bounds);
        }
        return parts == 1 ? "{\"type\":\"LineString\",\"coordinates\":" + coords + '}'
                          : "{\"type\":\"MultiLineString\",\"coordinates\":[" + coords + "]}";
    }
    kind = "polygon";
    // Each outer ring opens a polygon; the inner rings after it are its holes.
    for (std::size_t k = 0; k < g.parts.size(); ++k) {
        const GeometryPart& p = g.parts[k];
        if (p.role == PartRole::OuterRing || k == 0)
            coords += parts++ ? "],[" : "[";
        else
            coords += ',';
        appendRing(coords, g.xy, p, decimals, bounds);
    }
    coords += ']';
    return parts == 1 ? "{\"type\":\"Polygon\",\"coordinates\":" + coords + '}'
                      : "{\"type\":\"MultiPolygon\",\"coordinates\":[" + coords + "]}";
}

// Categories or classes for the page to colour features with, as the renderer does.
QByteArray thematicJson(const core::StyleClassification& t)
{
    QByteArray rows;
    for (const core::StyleCategory& c : t.categories)
        rows += (rows.isEmpty() ? "{\"value\":" : ",{\"value\":") + jsonString(c.value) + ",\"colour\":" + cssColor(c.colour) +
                ",\"label\":" + jsonString(c.label.isEmpty() ? c.value : c.label) + '}';
    for (const core::StyleClass& c : t.classes)
        rows += (rows.isEmpty() ? "{\"lower\":" : ",{\"lower\":") + number(c.lower, 12) + ",\"upper\":" +
                number(c.upper, 12) + ",\"colour\":" + cssColor(c.colour) + ",\"label\":" + jsonString(core::classLabel(c)) + '}';
    const bool categorized = t.kind == core::ClassificationKind::Categorized;
    return "{\"kind\":\"" + QByteArray(core::classificationKindName(t.kind)) + "\",\"field\":" + jsonString(t.field) + ",\"" +
           (categorized ? "categories" : "classes") + "\":[" + rows + "]}";
}

// Extra keys only for what a style uses, so plain styles keep their old JSON.
static QByteArray styleExtrasJson(const core::LayerStyle& style, double strokePx)
{
    QByteArray out;
    QByteArray dashes;
    for (const qreal l : dashLengths(style.dash, strokePx))
        dashes += (dashes.isEmpty() ? "" : " ") + number(l, 1);
    if (!dashes.isEmpty())
        out += ",\"dashArray\":\"" + dashes + '"';
    // CSS mix-blend-mode has the same names.
    if (style.blend != core::BlendMode::Normal)
        out += ",\"blend\":\"" + QByteArray(core::blendModeName(style.blend)) + '"';
    // The icon travels inside the page, so the bundle needs no file beside it.
    if (QFile icon(style.markerSvg); !style.markerSvg.isEmpty() && icon.open(QIODevice::ReadOnly) && icon.size() < 256 * 1024)
        out += ",\"icon\":\"data:image/svg+xml;base64," + icon.readAll().toBase64() + '"';
    return out;
}

QByteArray styleJson(const core::LayerStyle& style)
{
    const double px = style.pixelsPerUnit(96);  // CSS pixels per style unit
    return "{\"fill\":" + cssColor(style.fill) + ",\"fillOpacity\":" + number(style.fill.alphaF(), 3) +
           ",\"stroke\":" + cssColor(style.stroke) + ",\"strokeOpacity\":" + number(style.stroke.alphaF(), 3) +
           ",\"strokeWidth\":" + number(style.strokeWidth * px, 2) + ",\"markerSize\":" + number(style.markerSize * px, 2) +
           ",\"marker\":\"" + core::markerShapeName(style.marker) + "\",\"opacity\":" + number(style.opacity, 3) +
           ",\"labelField\":" + (style.labelField.isEmpty() ? QByteArray("null") : jsonString(style.labelField)) +
           styleExtrasJson(style, style.strokeWidth * px) +
           (style.thematic.isThematic() ? ",\"thematic\":" + thematicJson(style.thematic) : QByteArray()) + '}';
}

core::Result<WebLayerJson> writeVectorLayerJson(LayerSource& source, const QString& fallbackCrs,
                                                const QString& id, const QString& name,
                                                const core::LayerStyle& style, int clusterAbove,
                                                int decimals, const std::atomic<bool>* cancel)
{
    const QString from = source.crs().isEmpty() ? fallbackCrs : source.crs();
    const CrsTransform toLonLat(from, QStringLiteral("EPSG:4326"));
    if (!toLonLat.isValid())
        return core::Error{{}, name, tr("cannot transform the layer to longitude/latitude: %1").arg(toLonLat.errorString())};

    FeatureRequest request;
    for (const FieldInfo& f : source.fields())
        request.fields << f.name;
    auto it = source.features(request);
    if (!it)
        return core::Error{{}, name, tr("the layer has no readable features")};

    WebLayerJson out;
    QByteArray features;
    QByteArray kind, layerKind;
    Feature feature;
    while (it->next(feature)) {
        if (cancel && (out.features & 1023) == 0 && cancel->load())
            return core::Error{{}, name, tr("export cancelled")};
        if (feature.geometry.isEmpty())
            continue;
        if (!toLonLat.isIdentity())
            toLonLat.transformInterleaved(feature.geometry.xy.data(), feature.geometry.pointCount());
        const QByteArray geometry = geometryJson(feature.geometry, decimals, out.bounds, kind);
        if (geometry.isEmpty())
            continue;
        if (layerKind.isEmpty())
            layerKind = kind;
        if (out.features++)
            features += ',';
        features += "{\"type\":\"Feature\",\"id\":" + QByteArray::number(feature.id) + ",\"properties\":{";
        for (int i = 0; i < request.fields.size() && i < feature.attributes.size(); ++i) {
            if (i)
                features += ',';
            features += jsonString(request.fields[i]) + ':' + valueJson(feature.attributes[i]);
        }
        features += "},\"geometry\":" + geometry + '}';
    }
    if (layerKind.isEmpty())
        layerKind = "point";

    QByteArray fields;
    for (const QString& f : request.fields)
        fields += (fields.isEmpty() ? "" : ",") + jsonString(f);
    const bool cluster = layerKind == "point" && out.features > clusterAbove;
    out.json = "{\"id\":" + jsonString(id) + ",\"name\":" + jsonString(name) + ",\"type\":\"vector\",\"geometry\":\"" +
               layerKind + "\",\"count\":" + QByteArray::number(out.features) +
               ",\"cluster\":" + (cluster ? "true" : "false") + ",\"style\":" + styleJson(style) + ",\"fields\":[" +
               fields + "],\"features\":{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}}";
    return out;
}

}  // namespace atlas::gis
