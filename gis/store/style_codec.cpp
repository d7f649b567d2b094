#include "gis/store/style_codec.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    return s;
}

}  // namespace atlas::gis
