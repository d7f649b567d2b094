#include "gis/store/basemap_codec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace atlas::gis {

QString encodeBasemap(const core::BasemapSpec& spec)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), spec.type == core::BasemapType::MBTiles ? QStringLiteral("mbtiles")
                                                                              : QStringLiteral("xyz"));
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
    if (o.value(QStringLiteral("type")).toString() == QLatin1String("mbtiles"))
        spec.type = core::BasemapType::MBTiles;
    spec.url = o.value(QStringLiteral("url")).toString();
    spec.attribution = o.value(QStringLiteral("attribution")).toString();
    spec.maxZoom = o.value(QStringLiteral("maxZoom")).toInt(spec.maxZoom);
    spec.preset = o.value(QStringLiteral("preset")).toString();
    return spec;
}

}  // namespace atlas::gis
