// Routes: OGC API - Features Part 1 (Core, GeoJSON): landing page, conformance, one
// collection per kind of fiche, items with bbox/limit/datetime and next links, single items,
// and the OpenAPI document at /api. Anonymous callers see published public fiches; a bearer
// token adds what the account may read.

#include "http/ogc_items.h"
#include "http/openapi_document.h"
#include "http/routes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace atlas::server {
namespace {

const char* kGeoJson = "application/geo+json";
const char* kJson = "application/json";

QJsonObject link(const QString& href, const QString& rel, const QString& type, const QString& title = {})
{
    QJsonObject l{{QStringLiteral("href"), href}, {QStringLiteral("rel"), rel}, {QStringLiteral("type"), QString(type)}};
    if (!title.isEmpty())
        l.insert(QStringLiteral("title"), title);
    return l;
}

// The `f` parameter only ever asks for JSON here.
bool formatOk(const httplib::Request& req, httplib::Response& res)
{
    const QString f = param(req, "f");
    if (!req.has_param("f") || f == QLatin1String("json") || f == QLatin1String("geojson"))
        return true;
    sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("f: only json is served, not '%1'").arg(f.left(20)));
    return false;
}

bool commonChecks(const httplib::Request& req, httplib::Response& res, const QSet<QString>& allowed)
{
    return onlyParams(req, res, allowed + QSet<QString>{QStringLiteral("f")}) && formatOk(req, res);
}

void landing(const httplib::Request& req, httplib::Response& res)
{
    if (!commonChecks(req, res, {}))
        return;
    const QString base = baseUrl(req);
    sendJson(res, 200,
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Atlas Territoires")},
                         {QStringLiteral("description"), QStringLiteral("Fiches of the territory observatory (OGC API - Features)")},
                         {QStringLiteral("links"),
                          QJsonArray{link(base + QStringLiteral("/"), QStringLiteral("self"), QString::fromLatin1(kJson)),
                                     link(base + QStringLiteral("/api"), QStringLiteral("service-desc"),
                                          QStringLiteral("application/vnd.oai.openapi+json;version=3.0")),
                                     link(base + QStringLiteral("/conformance"), QStringLiteral("conformance"), QString::fromLatin1(kJson)),
                                     link(base + QStringLiteral("/collections"), QStringLiteral("data"), QString::fromLatin1(kJson))}}});
}

void conformance(const httplib::Request& req, httplib::Response& res)
{
    if (!commonChecks(req, res, {}))
        return;
    sendJson(res, 200,
             QJsonObject{{QStringLiteral("conformsTo"),
                          QJsonArray{QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"),
                                     QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"),
                                     QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30")}}});
}

QJsonObject collectionJson(const QString& base, core::ObservationKind kind)
{
    const QString id = core::kindName(kind);
    const QString self = base + QStringLiteral("/collections/") + id;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), id},
        {QStringLiteral("description"), QStringLiteral("Fiches of kind %1 visible to the caller").arg(id)},
        {QStringLiteral("itemType"), QStringLiteral("feature")},
        {QStringLiteral("crs"), QJsonArray{QStringLiteral("http://www.opengis.net/def/crs/OGC/1.3/CRS84")}},
        {QStringLiteral("extent"),
         QJsonObject{{QStringLiteral("spatial"), QJsonObject{{QStringLiteral("bbox"), QJsonArray{QJsonArray{-180, -90, 180, 90}}},
                                                             {QStringLiteral("crs"), QStringLiteral("http://www.opengis.net/def/crs/OGC/1.3/CRS84")}}}}},
        {QStringLiteral("links"), QJsonArray{link(self, QStringLiteral("self"), QString::fromLatin1(kJson)),
                                             link(self + QStringLiteral("/items"), QStringLiteral("items"), QString::fromLatin1(kGeoJson))}}};
}

std::optional<core::ObservationKind> collectionFromPath(const httplib::Request& req, httplib::Response& res)
{
    const auto kind = core::kindFromName(pathArg(req, 1));
    if (!kind)
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no collection '%1' (known: %2)")
                                                             .arg(pathArg(req, 1).left(64), core::kindNames().join(QStringLiteral(", "))));
    return kind;
}

void collections(const httplib::Request& req, httplib::Response& res)
{
    if (!commonChecks(req, res, {}))
        return;
    const QString base = baseUrl(req);
    QJsonArray list;
    for (const QString& name : core::kindNames())
        list << collectionJson(base, *core::kindFromName(name));
    sendJson(res, 200, QJsonObject{{QStringLiteral("collections"), list},
                                   {QStringLiteral("links"), QJsonArray{link(base + QStringLiteral("/collections"), QStringLiteral("self"),
                                                                             QString::fromLatin1(kJson))}}});
}

void collection(const httplib::Request& req, httplib::Response& res)
{
    if (!commonChecks(req, res, {}))
        return;
    if (const auto kind = collectionFromPath(req, res))
        sendJson(res, 200, collectionJson(baseUrl(req), *kind));
}

void items(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!commonChecks(req, res, {QStringLiteral("bbox"), QStringLiteral("limit"), QStringLiteral("datetime"), QStringLiteral("offset")})
        || !authenticate(ctx, req, res, user))
        return;
    const auto kind = collectionFromPath(req, res);
    if (!kind)
        return;
    FicheQuery q;
    q.viewer.userId = user ? user->id : 0;
    q.kind = kind;
    bool ok = true;
    if (req.has_param("limit")) {
        // Above the maximum is not an error in OGC API Features: the maximum is used.
        q.limit = std::min(param(req, "limit").toInt(&ok), 1000);
        if (!ok || q.limit < 1) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("limit: a positive integer"));
            return;
        }
    }
    if (req.has_param("offset")) {
        q.offset = param(req, "offset").toLongLong(&ok);
        if (!ok || q.offset < 0) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("offset: an integer, 0 or more"));
            return;
        }
    }
    if (req.has_param("bbox")) {
        auto box = parseBbox(param(req, "bbox"));
        if (!box) {
            sendError(res, 400, QStringLiteral("bad_parameter"), box.error().message());
            return;
        }
        q.bbox = box.value();
    }
    if (req.has_param("datetime")) {
        auto range = parseDatetime(param(req, "datetime"));
        if (!range) {
            sendError(res, 400, QStringLiteral("bad_parameter"), range.error().message());
            return;
        }
        q.from = range.value().from;
        q.to = range.value().to;
    }
    auto page = ctx.store.fiches(q);
    if (!page) {
        sendStoreError(res, page.error());
        return;
    }
    QJsonArray features;
    for (const FicheRecord& f : page.value().fiches)
        features << featureJson(f);
    const QString itemsUrl = baseUrl(req) + QStringLiteral("/collections/") + core::kindName(*kind) + QStringLiteral("/items");
    const auto pageUrl = [&](qint64 offset) {
        QUrlQuery query;
        for (const auto& [k, v] : req.params)
            if (k != "offset")
                query.addQueryItem(QString::fromStdString(k), QString::fromStdString(v));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return itemsUrl + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    };
    QJsonArray links{link(pageUrl(q.offset), QStringLiteral("self"), QString::fromLatin1(kGeoJson))};
    if (q.offset + features.size() < page.value().matched)
        links << link(pageUrl(q.offset + features.size()), QStringLiteral("next"), QString::fromLatin1(kGeoJson), QStringLiteral("next page"));
    sendJson(res, 200,
             QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                       {QStringLiteral("features"), features},
                                       {QStringLiteral("numberMatched"), page.value().matched},
                                       {QStringLiteral("numberReturned"), features.size()},
                                       {QStringLiteral("timeStamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                       {QStringLiteral("links"), links}}),
             kGeoJson);
}

void item(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!commonChecks(req, res, {}) || !authenticate(ctx, req, res, user))
        return;
    const auto kind = collectionFromPath(req, res);
    if (!kind)
        return;
    const QUuid uuid = QUuid::fromString(pathArg(req, 2));
    auto found = uuid.isNull() ? core::Result<std::optional<FicheRecord>>(std::optional<FicheRecord>()) : ctx.store.fiche(uuid);
    if (!found) {
        sendStoreError(res, found.error());
        return;
    }
    std::optional<Actor> actor;
    if (found.value() && !found.value()->observation.identity.deleted && found.value()->observation.kind == *kind)
        actor = actorIn(ctx, user, found.value()->groupId, found.value()->authorId, res);
    const auto& f = found.value();
    if (!actor || !isAllowed(*actor, FicheFacts{f->observation.scope, f->observation.status}, Action::Read)) {
        if (res.status != 500)
            sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no feature '%1' in '%2'").arg(pathArg(req, 2).left(64), core::kindName(*kind)));
        return;
    }
    sendJson(res, 200, QJsonDocument(featureJson(*f)), kGeoJson);
}

}  // namespace

void addOgcRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get("/", [](Req req, Res res) { landing(req, res); });
    server.Get("/conformance", [](Req req, Res res) { conformance(req, res); });
    server.Get("/collections", [](Req req, Res res) { collections(req, res); });
    server.Get(R"(/collections/([^/]+))", [](Req req, Res res) { collection(req, res); });
    server.Get(R"(/collections/([^/]+)/items)", [&ctx](Req req, Res res) { items(ctx, req, res); });
    server.Get(R"(/collections/([^/]+)/items/([^/]+))", [&ctx](Req req, Res res) { item(ctx, req, res); });
    server.Get("/api", [](Req req, Res res) {
        if (commonChecks(req, res, {}))
            sendJson(res, 200, QJsonDocument(openApiDocument(baseUrl(req))), "application/vnd.oai.openapi+json;version=3.0");
    });
}

}  // namespace atlas::server
