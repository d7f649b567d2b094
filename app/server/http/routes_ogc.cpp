// Routes: OGC API - Features Part 1 (Core, GeoJSON): landing page, conformance, one
// collection per kind of fiche and per shared layer the caller may read (ogc_layers.h), items
// with bbox/limit/datetime and next links, single items, and the OpenAPI document at /api.
// Anonymous callers see published public fiches; a bearer token adds what the account may read.

#include "http/ogc_items.h"
#include "http/ogc_layers.h"
#include "http/ogc_support.h"
#include "http/openapi_document.h"
#include "http/routes.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

const QString kJson = QString::fromLatin1(kJsonType);

void landing(const httplib::Request& req, httplib::Response& res)
{
    if (!ogcChecks(req, res, {}))
        return;
    const QString base = baseUrl(req);
    sendJson(res, 200,
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Atlas Territoires")},
                         {QStringLiteral("description"), QStringLiteral("Fiches of the territory observatory (OGC API - Features)")},
                         {QStringLiteral("links"),
                          QJsonArray{ogcLink(base + QStringLiteral("/"), QStringLiteral("self"), kJson),
                                     ogcLink(base + QStringLiteral("/api"), QStringLiteral("service-desc"),
                                          QStringLiteral("application/vnd.oai.openapi+json;version=3.0")),
                                     ogcLink(base + QStringLiteral("/conformance"), QStringLiteral("conformance"), kJson),
                                     ogcLink(base + QStringLiteral("/collections"), QStringLiteral("data"), kJson)}}});
}

void conformance(const httplib::Request& req, httplib::Response& res)
{
    if (!ogcChecks(req, res, {}))
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
    return ogcCollection(base, id, id, QStringLiteral("Fiches of kind %1 visible to the caller").arg(id), std::nullopt);
}

std::optional<core::ObservationKind> collectionFromPath(const httplib::Request& req, httplib::Response& res)
{
    const auto kind = core::kindFromName(pathArg(req, 1));
    if (!kind)
        sendError(res, 404, QStringLiteral("not_found"),
                  QStringLiteral("no collection '%1' (fiches: %2; shared layers: GROUP.LAYER)")
                      .arg(pathArg(req, 1).left(64), core::kindNames().join(QStringLiteral(", "))));
    return kind;
}

void collections(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!ogcChecks(req, res, {}) || !authenticate(ctx, req, res, user))
        return;
    const QString base = baseUrl(req);
    QJsonArray list;
    for (const QString& name : core::kindNames())
        list << collectionJson(base, *core::kindFromName(name));
    if (!appendLayerCollections(ctx, user, base, list, res))
        return;
    sendJson(res, 200, QJsonObject{{QStringLiteral("collections"), list},
                                   {QStringLiteral("links"), QJsonArray{ogcLink(base + QStringLiteral("/collections"), QStringLiteral("self"),
                                                                             kJson)}}});
}

void collection(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (isLayerCollectionId(pathArg(req, 1))) {
        layerCollection(ctx, req, res);
        return;
    }
    if (!ogcChecks(req, res, {}))
        return;
    if (const auto kind = collectionFromPath(req, res))
        sendJson(res, 200, collectionJson(baseUrl(req), *kind));
}

void items(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (isLayerCollectionId(pathArg(req, 1))) {
        layerItems(ctx, req, res);
        return;
    }
    std::optional<UserRecord> user;
    if (!ogcChecks(req, res, {QStringLiteral("bbox"), QStringLiteral("limit"), QStringLiteral("datetime"), QStringLiteral("offset")})
        || !authenticate(ctx, req, res, user))
        return;
    const auto kind = collectionFromPath(req, res);
    if (!kind)
        return;
    OgcPage page;
    if (!ogcPageParams(req, res, page))
        return;
    FicheQuery q;
    q.viewer.userId = user ? user->id : 0;
    q.kind = kind;
    q.limit = page.limit;
    q.offset = page.offset;
    q.bbox = page.bbox;
    if (req.has_param("datetime")) {
        auto range = parseDatetime(param(req, "datetime"));
        if (!range) {
            sendError(res, 400, QStringLiteral("bad_parameter"), range.error().message());
            return;
        }
        q.from = range.value().from;
        q.to = range.value().to;
    }
    auto found = ctx.store.fiches(q);
    if (!found) {
        sendStoreError(res, found.error());
        return;
    }
    QJsonArray features;
    for (const FicheRecord& f : found.value().fiches)
        features << featureJson(f);
    sendFeatureCollection(req, res, QStringLiteral("/collections/") + core::kindName(*kind) + QStringLiteral("/items"), features,
                          q.offset, found.value().matched);
}

void item(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (isLayerCollectionId(pathArg(req, 1))) {
        layerItem(ctx, req, res);
        return;
    }
    std::optional<UserRecord> user;
    if (!ogcChecks(req, res, {}) || !authenticate(ctx, req, res, user))
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
    sendFeature(res, featureJson(*f));
}

}  // namespace

void addOgcRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get("/", [](Req req, Res res) { landing(req, res); });
    server.Get("/conformance", [](Req req, Res res) { conformance(req, res); });
    server.Get("/collections", [&ctx](Req req, Res res) { collections(ctx, req, res); });
    server.Get(R"(/collections/([^/]+))", [&ctx](Req req, Res res) { collection(ctx, req, res); });
    server.Get(R"(/collections/([^/]+)/items)", [&ctx](Req req, Res res) { items(ctx, req, res); });
    server.Get(R"(/collections/([^/]+)/items/([^/]+))", [&ctx](Req req, Res res) { item(ctx, req, res); });
    server.Get("/api", [](Req req, Res res) {
        if (ogcChecks(req, res, {}))
            sendJson(res, 200, QJsonDocument(openApiDocument(baseUrl(req))), "application/vnd.oai.openapi+json;version=3.0");
    });
}

}  // namespace atlas::server
