#pragma once
// A WMTS service's GetCapabilities document: read once when the basemap is added and kept
// in the tile cache, so that GDAL's WMTS driver draws the layer (in whatever CRS its tile
// matrix set has) and its cached tiles without the network afterwards.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas::gis {

struct WmtsLayerInfo {
    QString identifier;
    QString title;
    QStringList matrixSets;  // identifiers of the tile matrix sets it links to
};

// The layers of a capabilities document; an unreadable one is refused with its line.
core::Result<QList<WmtsLayerInfo>> parseWmtsCapabilities(const QByteArray& xml, const QString& source);

// Where the capabilities of `url` are kept under `cacheDir`.
QString cachedCapabilitiesPath(const QString& url, const QString& cacheDir);

// Fetches the capabilities of `url` (http(s) or a local file), checks them and keeps them
// under `cacheDir`; the layers they offer.
core::Result<QList<WmtsLayerInfo>> fetchWmtsCapabilities(const QString& url, const QString& cacheDir);

}  // namespace atlas::gis
