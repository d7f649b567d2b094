#pragma once
// What the OGC API Features routes of fiches and of shared layers share: links, the checks of
// `f`, `crs` and `bbox-crs`, paging parameters, collection documents with their CRS, and the
// FeatureCollection answer with its `next` link.

#include "http/http_support.h"

#include <QJsonArray>

namespace atlas::server {

inline constexpr const char* kGeoJson = "application/geo+json";
inline constexpr const char* kJsonType = "application/json";
// Everything is served and stored in longitude/latitude on WGS 84.
inline constexpr const char* kCrs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

QJsonObject ogcLink(const QString& href, const QString& rel, const QString& type, const QString& title = {});

// onlyParams(allowed + f, crs, bbox-crs), `f` only json, `crs`/`bbox-crs` only CRS84; 400 sent.
bool ogcChecks(const httplib::Request& req, httplib::Response& res, const QSet<QString>& allowed);

struct OgcPage {
    qint64 offset = 0;
    int limit = 10;
    std::optional<BoundingBox> bbox;
};
// limit (above 1000 means 1000), offset and bbox of an items request; 400 sent when bad.
bool ogcPageParams(const httplib::Request& req, httplib::Response& res, OgcPage& page);

// A collection document: id, title, description, CRS84 as its only and storage CRS, the
// spatial extent (the world when unknown) and its self and items links.
QJsonObject ogcCollection(const QString& base, const QString& id, const QString& title, const QString& description,
                          const std::optional<BoundingBox>& extent);

// The items answer: `features` of page `offset` out of `matched`, with self and next links
// that repeat the request's parameters, and the Content-Crs header.
void sendFeatureCollection(const httplib::Request& req, httplib::Response& res, const QString& itemsPath,
                           const QJsonArray& features, qint64 offset, qint64 matched);
// One feature, with the Content-Crs header.
void sendFeature(httplib::Response& res, const QJsonObject& feature);

}  // namespace atlas::server
