#include "gis/tiles/tile_service_dataset.h"

#include "gis/tiles/wmts_capabilities.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace atlas::gis {
namespace {

// Tile servers ask clients to say who they are; the default agents get blocked.
constexpr const char* kUserAgent = "AtlasTerritoires/1.0 (desktop GIS; tile cache on disk)";
// Web Mercator's square world, in metres.
constexpr const char* kWorld = "20037508.342789244";

}  // namespace

QString defaultTileCacheDir()
{
    const QString env = qEnvironmentVariable("ATLAS_TILE_CACHE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/atlas-territoires/tiles");
}

namespace {

// GDAL's WMTS driver, on the capabilities kept when the basemap was added (the service's
// URL while there are none): the tile matrix set may be in any CRS, GDAL reprojects.
QString wmtsDataset(const core::BasemapSpec& spec, const QString& cacheDir)
{
    const QString kept = cachedCapabilitiesPath(spec.url, cacheDir);
    const QString capabilities = QFileInfo::exists(kept) ? kept : spec.url;
    QString xml = QStringLiteral("<GDAL_WMTS><GetCapabilitiesUrl>") + capabilities.toHtmlEscaped() +
                  QStringLiteral("</GetCapabilitiesUrl><Layer>") + spec.wmtsLayer.toHtmlEscaped() +
                  QStringLiteral("</Layer>");
    if (!spec.wmtsMatrixSet.isEmpty())
        xml += QStringLiteral("<TileMatrixSet>") + spec.wmtsMatrixSet.toHtmlEscaped() + QStringLiteral("</TileMatrixSet>");
    return xml +
           QStringLiteral("<BandsCount>4</BandsCount><MaxConnections>4</MaxConnections><Timeout>15</Timeout><UserAgent>") +
           QString::fromLatin1(kUserAgent) +
           QStringLiteral("</UserAgent><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes><Cache><Path>") +
           QDir::cleanPath(cacheDir).toHtmlEscaped() + QStringLiteral("</Path></Cache></GDAL_WMTS>");
}

}  // namespace

QString tileServiceDataset(const core::BasemapSpec& spec, const QString& cacheDir)
{
    if (spec.type == core::BasemapType::Wmts)
        return wmtsDataset(spec, cacheDir);
    QString url = spec.url;
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"));
    const QString world = QString::fromLatin1(kWorld);
    // Concatenated, not arg(): a URL may hold %2F and the like. Four bands: tiles with
    // transparency keep it, and a tile the server does not have (404, 204) is a
    // transparent block rather than an error for the whole frame.
    return QStringLiteral("<GDAL_WMS><Service name=\"TMS\"><ServerUrl>") + url.toHtmlEscaped() +
           QStringLiteral("</ServerUrl></Service><DataWindow><UpperLeftX>-") + world +
           QStringLiteral("</UpperLeftX><UpperLeftY>") + world + QStringLiteral("</UpperLeftY><LowerRightX>") + world +
           QStringLiteral("</LowerRightX><LowerRightY>-") + world + QStringLiteral("</LowerRightY><TileLevel>") +
           QString::number(std::clamp(spec.maxZoom, 0, 24)) +
           QStringLiteral("</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin>"
                          "</DataWindow><Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX>"
                          "<BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount><MaxConnections>4</MaxConnections>"
                          "<Timeout>15</Timeout><UserAgent>") +
           QString::fromLatin1(kUserAgent) +
           QStringLiteral("</UserAgent><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes><Cache><Path>") +
           QDir::cleanPath(cacheDir).toHtmlEscaped() + QStringLiteral("</Path></Cache></GDAL_WMS>");
}

}  // namespace atlas::gis
