#include "gis/store/style_codec.h"

#include "core/model/colour_ramp.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

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

QJsonObject encodeScales(const core::ScaleRange& r)
{
    return QJsonObject{{QStringLiteral("min"), r.minDenominator}, {QStringLiteral("max"), r.maxDenominator}};
}

// Negative or non-numbers open that end; ends out of order open both rather than hide the layer for good.
core::ScaleRange decodeScales(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    core::ScaleRange r{std::max(0.0, o.value(QStringLiteral("min")).toDouble(0)),
                       std::max(0.0, o.value(QStringLiteral("max")).toDouble(0))};
    if (!std::isfinite(r.minDenominator) || !std::isfinite(r.maxDenominator) ||
        (r.maxDenominator > 0 && r.minDenominator > r.maxDenominator))
        return {};
    return r;
}

// A built-in icon (":/…") stays as it is; a file goes relative to the atlas so the folder can move.
QString iconPathForFile(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')) || baseDir.isEmpty() || QDir::isRelativePath(path))
        return path;
    return QDir(baseDir).relativeFilePath(path);
}

QString iconPathFromFile(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')) || baseDir.isEmpty() || !QDir::isRelativePath(path))
        return path;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

template <typename E>
E enumOr(const QJsonValue& v, bool (*fromName)(const QString&, E&), E fallback)
{
    E out = fallback;
    return fromName(v.toString(), out) ? out : fallback;
}

}  // namespace

QString encodeStyle(const core::LayerStyle& s, const QString& baseDir)
{
    QJsonObject o{{QStringLiteral("fill"), s.fill.name(QColor::HexArgb)},
                  {QStringLiteral("stroke"), s.stroke.name(QColor::HexArgb)},
                  {QStringLiteral("strokeWidth"), s.strokeWidth},
                  {QStringLiteral("markerSize"), s.markerSize},
                  {QStringLiteral("marker"), QString::fromLatin1(core::markerShapeName(s.marker))},
                  {QStringLiteral("opacity"), s.opacity},
                  {QStringLiteral("labelField"), s.labelField}};
    // Old readers ignore the keys; a style using none of them is written exactly as before.
    const core::LayerStyle plain;
    if (s.dash != plain.dash)
        o.insert(QStringLiteral("dash"), QString::fromLatin1(core::strokeDashName(s.dash)));
    if (s.sizeUnit != plain.sizeUnit)
        o.insert(QStringLiteral("sizeUnit"), QString::fromLatin1(core::sizeUnitName(s.sizeUnit)));
    if (!s.markerSvg.isEmpty())
        o.insert(QStringLiteral("markerSvg"), iconPathForFile(s.markerSvg, baseDir));
    if (s.blend != plain.blend)
        o.insert(QStringLiteral("blend"), QString::fromLatin1(core::blendModeName(s.blend)));
    if (!s.visibleScales.isOpen())
        o.insert(QStringLiteral("scales"), encodeScales(s.visibleScales));
    if (s.labelPriority != plain.labelPriority)
        o.insert(QStringLiteral("labelPriority"), s.labelPriority);
    if (!s.labelScales.isOpen())
        o.insert(QStringLiteral("labelScales"), encodeScales(s.labelScales));
    if (s.thematic.kind != core::ClassificationKind::Single)
        o.insert(QStringLiteral("thematic"), encodeThematic(s.thematic));
    if (s.raster != core::RasterStyle{})
        o.insert(QStringLiteral("raster"), encodeRaster(s.raster));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

core::LayerStyle decodeStyle(const QString& json, const QString& baseDir)
{
    core::LayerStyle s;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s.fill = colourOr(o.value(QStringLiteral("fill")), s.fill);
    s.stroke = colourOr(o.value(QStringLiteral("stroke")), s.stroke);
    // Sizes out of any sensible range (a damaged or hand-edited file) fall back rather than
    // ask the renderer for a huge marker image.
    const double strokeWidth = o.value(QStringLiteral("strokeWidth")).toDouble(s.strokeWidth);
    const double markerSize = o.value(QStringLiteral("markerSize")).toDouble(s.markerSize);
    if (strokeWidth >= 0 && strokeWidth <= 100)
        s.strokeWidth = strokeWidth;
    if (markerSize >= 0 && markerSize <= 500)
        s.markerSize = markerSize;
    s.marker = enumOr(o.value(QStringLiteral("marker")), core::markerShapeFromName, s.marker);
    s.dash = enumOr(o.value(QStringLiteral("dash")), core::strokeDashFromName, s.dash);
    s.sizeUnit = enumOr(o.value(QStringLiteral("sizeUnit")), core::sizeUnitFromName, s.sizeUnit);
    s.markerSvg = iconPathFromFile(o.value(QStringLiteral("markerSvg")).toString(), baseDir);
    s.blend = enumOr(o.value(QStringLiteral("blend")), core::blendModeFromName, s.blend);
    s.visibleScales = decodeScales(o.value(QStringLiteral("scales")));
    s.labelPriority = std::clamp(o.value(QStringLiteral("labelPriority")).toInt(0), -1000, 1000);
    s.labelScales = decodeScales(o.value(QStringLiteral("labelScales")));
    s.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(s.opacity), 0.0, 1.0);
    s.labelField = o.value(QStringLiteral("labelField")).toString();
    if (o.value(QStringLiteral("thematic")).isObject())
        s.thematic = decodeThematic(o.value(QStringLiteral("thematic")).toObject());
    if (o.value(QStringLiteral("raster")).isObject())
        s.raster = decodeRaster(o.value(QStringLiteral("raster")).toObject());
    return s;
}

}  // namespace atlas::gis
