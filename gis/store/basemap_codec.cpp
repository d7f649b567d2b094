#include "gis/store/basemap_codec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace atlas::gis {

QString encodeBasemap(const core::BasemapSpec& spec)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), spec.type == core::BasemapType::MBTiles ? QStringLiteral("mbtiles")
                                     : spec.type == core::BasemapType::Wmts  ? QStringLiteral("wmts")
                                                                             : QStringLiteral("xyz"));
    if (spec.type == core::BasemapType::Wmts) {
        o.insert(QStringLiteral("layer"), spec.wmtsLayer);
        o.insert(QStringLiteral("matrixSet"), spec.wmtsMatrixSet);
    }
    if (!spec.url.isEmpty())
        o.insert(QStringLiteral("url"), spec.url);
    o.insert(QStringLiteral("attribution"), spec.attribution);
    o.insert(QStringLiteral("maxZoom"), spec.maxZoom);
    if (!spec.preset.isEmpty())
        o.insert(QStringLiteral("preset"), spec.preset);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

core::BasemapSpec decodeBasemap(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    core::BasemapSpec spec;
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("mbtiles"))
        spec.type = core::BasemapType::MBTiles;
    else if (type == QLatin1String("wmts"))
        spec.type = core::BasemapType::Wmts;
    spec.wmtsLayer = o.value(QStringLiteral("layer")).toString();
    spec.wmtsMatrixSet = o.value(QStringLiteral("matrixSet")).toString();
    spec.url = o.value(QStringLiteral("url")).toString();
    spec.attribution = o.value(QStringLiteral("attribution")).toString();
    spec.maxZoom = o.value(QStringLiteral("maxZoom")).toInt(spec.maxZoom);
    spec.preset = o.value(QStringLiteral("preset")).toString();
    return spec;
}

}  // namespace atlas::gis
