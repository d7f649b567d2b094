#include "http/ogc_support.h"

#include "http/ogc_items.h"

#include <QDateTime>
#include <QUrlQuery>

namespace atlas::server {
namespace {

void setContentCrs(httplib::Response& res)
{
    res.set_header("Content-Crs", std::string("<") + kCrs84 + ">");
}

}  // namespace

QJsonObject ogcLink(const QString& href, const QString& rel, const QString& type, const QString& title)
{
    QJsonObject l{{QStringLiteral("href"), href}, {QStringLiteral("rel"), rel}, {QStringLiteral("type"), type}};
    if (!title.isEmpty())
        l.insert(QStringLiteral("title"), title);
    return l;
}

bool ogcChecks(const httplib::Request& req, httplib::Response& res, const QSet<QString>& allowed)
{
    if (!onlyParams(req, res, allowed + QSet<QString>{QStringLiteral("f"), QStringLiteral("crs"), QStringLiteral("bbox-crs")}))
        return false;
    const QString f = param(req, "f");
    if (req.has_param("f") && f != QLatin1String("json") && f != QLatin1String("geojson")) {
        sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("f: only json is served, not '%1'").arg(f.left(20)));
        return false;
    }
    for (const char* name : {"crs", "bbox-crs"}) {
        if (req.has_param(name) && param(req, name) != QLatin1String(kCrs84)) {
            sendError(res, 400, QStringLiteral("bad_parameter"),
                      QStringLiteral("%1: only %2 (longitude/latitude) is served").arg(QLatin1String(name), QLatin1String(kCrs84)));
            return false;
        }
    }
    return true;
}

bool ogcPageParams(const httplib::Request& req, httplib::Response& res, OgcPage& page)
{
    bool ok = true;
    if (req.has_param("limit")) {
        // Above the maximum is not an error in OGC API Features: the maximum is used.
        page.limit = std::min(param(req, "limit").toInt(&ok), 1000);
        if (!ok || page.limit < 1) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("limit: a positive integer"));
            return false;
        }
    }
    if (req.has_param("offset")) {
        page.offset = param(req, "offset").toLongLong(&ok);
        if (!ok || page.offset < 0) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("offset: an integer, 0 or more"));
            return false;
        }
    }
    if (req.has_param("bbox")) {
        auto box = parseBbox(param(req, "bbox"));
        if (!box) {
            sendError(res, 400, QStringLiteral("bad_parameter"), box.error().message());
            return false;
        }
        page.bbox = box.value();
    }
    return true;
}

QJsonObject ogcCollection(const QString& base, const QString& id, const QString& title, const QString& description,
                          const std::optional<BoundingBox>& extent)
{
    const QString self = base + QStringLiteral("/collections/") + id;
    const BoundingBox box = extent.value_or(BoundingBox{-180, -90, 180, 90});
    const QString crs84 = QString::fromLatin1(kCrs84);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("itemType"), QStringLiteral("feature")},
        {QStringLiteral("crs"), QJsonArray{crs84}},
        {QStringLiteral("storageCrs"), crs84},
        {QStringLiteral("extent"),
         QJsonObject{{QStringLiteral("spatial"), QJsonObject{{QStringLiteral("bbox"), QJsonArray{QJsonArray{box.minX, box.minY, box.maxX, box.maxY}}},
                                                             {QStringLiteral("crs"), crs84}}}}},
        {QStringLiteral("links"), QJsonArray{ogcLink(self, QStringLiteral("self"), QString::fromLatin1(kJsonType)),
                                             ogcLink(self + QStringLiteral("/items"), QStringLiteral("items"), QString::fromLatin1(kGeoJson))}}};
}

void sendFeatureCollection(const httplib::Request& req, httplib::Response& res, const QString& itemsPath,
                           const QJsonArray& features, qint64 offset, qint64 matched)
{
    const QString itemsUrl = baseUrl(req) + itemsPath;
    const auto pageUrl = [&](qint64 at) {
        QUrlQuery query;
        for (const auto& [k, v] : req.params)
            if (k != "offset")
                query.addQueryItem(QString::fromStdString(k), QString::fromStdString(v));
        query.addQueryItem(QStringLiteral("offset"), QString::number(at));
        return itemsUrl + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    };
    const QString geoJson = QString::fromLatin1(kGeoJson);
    QJsonArray links{ogcLink(pageUrl(offset), QStringLiteral("self"), geoJson)};
    if (offset + features.size() < matched)
        links << ogcLink(pageUrl(offset + features.size()), QStringLiteral("next"), geoJson, QStringLiteral("next page"));
    setContentCrs(res);
    sendJson(res, 200,
             QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                       {QStringLiteral("features"), features},
                                       {QStringLiteral("numberMatched"), matched},
                                       {QStringLiteral("numberReturned"), features.size()},
                                       {QStringLiteral("timeStamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                       {QStringLiteral("links"), links}}),
             kGeoJson);
}

void sendFeature(httplib::Response& res, const QJsonObject& feature)
{
    setContentCrs(res);
    sendJson(res, 200, QJsonDocument(feature), kGeoJson);
}

}  // namespace atlas::server
