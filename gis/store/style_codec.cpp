#include "gis/store/style_codec.h"

#include "core/model/colour_ramp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

const char* markerName(core::MarkerShape m)
{
    switch (m) {
    case core::MarkerShape::Square: return "square";
    case core::MarkerShape::Triangle: return "triangle";
    case core::MarkerShape::Diamond: return "diamond";
    case core::MarkerShape::Circle: break;
    }
    return "circle";
}

core::MarkerShape markerFromName(const QString& n)
{
    if (n == QLatin1String("square")) return core::MarkerShape::Square;
    if (n == QLatin1String("triangle")) return core::MarkerShape::Triangle;
    if (n == QLatin1String("diamond")) return core::MarkerShape::Diamond;
    return core::MarkerShape::Circle;
}

QColor colourOr(const QJsonValue& v, const QColor& fallback)
{
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : fallback;
}

QJsonObject encodeThematic(const core::StyleClassification& t)
{
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(core::classificationKindName(t.kind))},
                  {QStringLiteral("field"), t.field},
                  {QStringLiteral("ramp"), t.ramp}};
    if (t.kind == core::ClassificationKind::Categorized) {
        QJsonArray cats;
        for (const core::StyleCategory& c : t.categories)
            cats.append(QJsonObject{{QStringLiteral("value"), c.value},
                                    {QStringLiteral("colour"), c.colour.name(QColor::HexArgb)},
                                    {QStringLiteral("label"), c.label}});
        o.insert(QStringLiteral("categories"), cats);
    } else if (t.kind == core::ClassificationKind::Graduated) {
        o.insert(QStringLiteral("method"), QString::fromLatin1(core::classMethodName(t.method)));
        QJsonArray classes;
        for (const core::StyleClass& c : t.classes)
            classes.append(QJsonObject{{QStringLiteral("lower"), c.lower},
                                       {QStringLiteral("upper"), c.upper},
                                       {QStringLiteral("colour"), c.colour.name(QColor::HexArgb)},
                                       {QStringLiteral("label"), c.label}});
        o.insert(QStringLiteral("classes"), classes);
    }
    return o;
}

// A damaged entry (bad colour, bounds out of order) is dropped rather than guessed;
// the rest of the style still loads.
core::StyleClassification decodeThematic(const QJsonObject& o)
{
    core::StyleClassification t;
    t.kind = core::classificationKindFromName(o.value(QStringLiteral("kind")).toString());
    t.field = o.value(QStringLiteral("field")).toString();
    t.ramp = o.value(QStringLiteral("ramp")).toString();
    if (!core::classMethodFromName(o.value(QStringLiteral("method")).toString(), t.method))
        t.method = core::ClassMethod::Quantile;
    for (const QJsonValue& v : o.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        const QColor colour = QColor::fromString(c.value(QStringLiteral("colour")).toString());
        if (colour.isValid() && c.value(QStringLiteral("value")).isString())
            t.categories << core::StyleCategory{c.value(QStringLiteral("value")).toString(), colour,
                                                c.value(QStringLiteral("label")).toString()};
    }
    for (const QJsonValue& v : o.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = v.toObject();
        const QColor colour = QColor::fromString(c.value(QStringLiteral("colour")).toString());
        const double lower = c.value(QStringLiteral("lower")).toDouble(NAN);
        const double upper = c.value(QStringLiteral("upper")).toDouble(NAN);
        if (colour.isValid() && std::isfinite(lower) && std::isfinite(upper) && lower <= upper &&
            (t.classes.isEmpty() || upper > t.classes.last().upper))
            t.classes << core::StyleClass{lower, upper, colour, c.value(QStringLiteral("label")).toString()};
    }
    if (t.field.isEmpty())
        t.kind = core::ClassificationKind::Single;
    return t;
}

QJsonObject encodeRaster(const core::RasterStyle& r)
{
    QJsonObject o{{QStringLiteral("render"), QString::fromLatin1(core::rasterRenderName(r.render))},
                  {QStringLiteral("band"), r.band},
                  {QStringLiteral("ramp"), r.ramp},
                  {QStringLiteral("shade"), r.shade},
                  {QStringLiteral("azimuth"), r.azimuth},
                  {QStringLiteral("altitude"), r.altitude},
                  {QStringLiteral("zFactor"), r.zFactor}};
    if (r.customRange) {
        o.insert(QStringLiteral("min"), r.minimum);
        o.insert(QStringLiteral("max"), r.maximum);
    }
    return o;
}

// Out-of-range numbers fall back to the defaults; a range needs both ends, in order.
core::RasterStyle decodeRaster(const QJsonObject& o)
{
    core::RasterStyle r;
    if (!core::rasterRenderFromName(o.value(QStringLiteral("render")).toString(), r.render))
        r.render = core::RasterRender::Auto;
    r.band = std::max(1, o.value(QStringLiteral("band")).toInt(1));
    const QString ramp = o.value(QStringLiteral("ramp")).toString();
    if (core::isRampName(ramp))
        r.ramp = ramp;
    r.shade = o.value(QStringLiteral("shade")).toBool(false);
    const double azimuth = o.value(QStringLiteral("azimuth")).toDouble(r.azimuth);
    const double altitude = o.value(QStringLiteral("altitude")).toDouble(r.altitude);
    const double zFactor = o.value(QStringLiteral("zFactor")).toDouble(r.zFactor);
    if (azimuth >= 0 && azimuth <= 360)
        r.azimuth = azimuth;
    if (altitude >= 0 && altitude <= 90)
        r.altitude = altitude;
    if (zFactor > 0 && zFactor <= 1e6)
        r.zFactor = zFactor;
    const double lo = o.value(QStringLiteral("min")).toDouble(NAN), hi = o.value(QStringLiteral("max")).toDouble(NAN);
    if (std::isfinite(lo) && std::isfinite(hi) && lo < hi) {
        r.customRange = true;
        r.minimum = lo;
        r.maximum = hi;
    }
    return r;
}

}  // namespace

QString encodeStyle(const core::LayerStyle& s)
{
    QJsonObject o{{QStringLiteral("fill"), s.fill.name(QColor::HexArgb)},
                  {QStringLiteral("stroke"), s.stroke.name(QColor::HexArgb)},
                  {QStringLiteral("strokeWidth"), s.strokeWidth},
                  {QStringLiteral("markerSize"), s.markerSize},
                  {QStringLiteral("marker"), QString::fromLatin1(markerName(s.marker))},
                  {QStringLiteral("opacity"), s.opacity},
                  {QStringLiteral("labelField"), s.labelField}};
    // Old readers ignore the key; a single-symbol style is written exactly as before.
    if (s.thematic.kind != core::ClassificationKind::Single)
        o.insert(QStringLiteral("thematic"), encodeThematic(s.thematic));
    if (s.raster != core::RasterStyle{})
        o.insert(QStringLiteral("raster"), encodeRaster(s.raster));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

core::LayerStyle decodeStyle(const QString& json)
{
    core::LayerStyle s;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s.fill = colourOr(o.value(QStringLiteral("fill")), s.fill);
    s.stroke = colourOr(o.value(QStringLiteral("stroke")), s.stroke);
    s.strokeWidth = o.value(QStringLiteral("strokeWidth")).toDouble(s.strokeWidth);
    s.markerSize = o.value(QStringLiteral("markerSize")).toDouble(s.markerSize);
    s.marker = markerFromName(o.value(QStringLiteral("marker")).toString());
    s.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(s.opacity), 0.0, 1.0);
    s.labelField = o.value(QStringLiteral("labelField")).toString();
    if (o.value(QStringLiteral("thematic")).isObject())
        s.thematic = decodeThematic(o.value(QStringLiteral("thematic")).toObject());
    if (o.value(QStringLiteral("raster")).isObject())
        s.raster = decodeRaster(o.value(QStringLiteral("raster")).toObject());
    return s;
}

}  // namespace atlas::gis
