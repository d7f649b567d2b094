#include "http/ogc_layers.h"

#include "http/ogc_support.h"

#include <QJsonDocument>

namespace atlas::server {
namespace {

// The layer of path capture 1 ("GROUP.LAYER": the group name may hold dots, the layer's not).
bool openLayerOfPath(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, LayerAccess& access)
{
    const QString id = pathArg(req, 1);
    const qsizetype dot = id.lastIndexOf(QLatin1Char('.'));
    return openLayer(ctx, req, res, id.left(dot), id.mid(dot + 1), access);
}

QJsonObject featureOf(const LayerFeature& f)
{
    QJsonObject feature = QJsonDocument::fromJson(f.json).object();
    feature.insert(QStringLiteral("type"), QStringLiteral("Feature"));
    feature.insert(QStringLiteral("id"), f.fid);
    return feature;
}

}  // namespace

bool isLayerCollectionId(const QString& id)
{
    return id.contains(QLatin1Char('.'));
}

QString layerCollectionId(const LayerRecord& layer)
{
    return layer.groupName + QLatin1Char('.') + layer.name;
}

FicheFacts layerFacts(core::SharingScope scope)
{
    return FicheFacts{scope, core::ObservationStatus::Published};
}

bool openLayer(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, const QString& group,
               const QString& name, LayerAccess& access)
{
    if (!authenticate(ctx, req, res, access.user))
        return false;
    auto found = ctx.store.layer(group, name);
    if (!found) {
        sendStoreError(res, found.error());
        return false;
    }
    if (found.value()) {
        access.layer = *found.value();
        const auto actor = actorIn(ctx, access.user, access.layer.groupId, access.layer.uploaderId, res);
        if (!actor)
            return false;
        access.actor = *actor;
        if (isAllowed(access.actor, layerFacts(access.layer.scope), Action::Read))
            return true;
    }
    sendError(res, 404, QStringLiteral("not_found"),
              QStringLiteral("no layer '%1' in group '%2' (or not visible to you)").arg(name.left(64), group.left(64)));
    return false;
}

bool allowLayer(const LayerAccess& access, Action action, httplib::Response& res)
{
    if (isAllowed(access.actor, layerFacts(access.layer.scope), action))
        return true;
    if (!access.user) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("log in to %1 this layer").arg(actionName(action)));
        return false;
    }
    sendError(res, 403, QStringLiteral("forbidden"),
              QStringLiteral("as %1 of '%2' you may not %3 this %4 layer")
                  .arg(roleName(access.actor.role), access.layer.groupName, actionName(action), core::scopeName(access.layer.scope)));
    return false;
}

QJsonObject layerCollectionJson(const QString& base, const LayerRecord& l)
{
    QJsonObject json = ogcCollection(base, layerCollectionId(l), l.title.isEmpty() ? l.name : l.title,
                                     QStringLiteral("Shared layer '%1' of group '%2' (%3 features, %4), reprojected from %5")
                                         .arg(l.name, l.groupName)
                                         .arg(l.featureCount)
                                         .arg(l.geometryType, l.sourceCrs.left(200)),
                                     l.extent);
    json.insert(QStringLiteral("geometryType"), l.geometryType);
    json.insert(QStringLiteral("sourceCrs"), l.sourceCrs);
    json.insert(QStringLiteral("scope"), core::scopeName(l.scope));
    json.insert(QStringLiteral("version"), l.version);
    json.insert(QStringLiteral("updated"), l.modified);
    return json;
}

bool appendLayerCollections(ServerContext& ctx, const std::optional<UserRecord>& user, const QString& base,
                            QJsonArray& list, httplib::Response& res)
{
    auto layers = ctx.store.layers(Viewer{user ? user->id : 0}, std::nullopt);
    if (!layers) {
        sendStoreError(res, layers.error());
        return false;
    }
    for (const LayerRecord& l : layers.value())
        list << layerCollectionJson(base, l);
    return true;
}

void layerCollection(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    LayerAccess access;
    if (ogcChecks(req, res, {}) && openLayerOfPath(ctx, req, res, access))
        sendJson(res, 200, layerCollectionJson(baseUrl(req), access.layer));
}

void layerItems(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    LayerAccess access;
    OgcPage page;
    if (!ogcChecks(req, res, {QStringLiteral("bbox"), QStringLiteral("limit"), QStringLiteral("offset")})
        || !ogcPageParams(req, res, page) || !openLayerOfPath(ctx, req, res, access))
        return;
    auto found = ctx.store.layerFeatures(LayerFeatureQuery{access.layer.id, page.bbox, page.offset, page.limit});
    if (!found) {
        sendStoreError(res, found.error());
        return;
    }
    QJsonArray features;
    for (const LayerFeature& f : found.value().features)
        features << featureOf(f);
    sendFeatureCollection(req, res, QStringLiteral("/collections/") + layerCollectionId(access.layer) + QStringLiteral("/items"),
                          features, page.offset, found.value().matched);
}

void layerItem(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    LayerAccess access;
    if (!ogcChecks(req, res, {}) || !openLayerOfPath(ctx, req, res, access))
        return;
    bool ok = false;
    const qint64 fid = pathArg(req, 2).toLongLong(&ok);
    auto found = ok ? ctx.store.layerFeature(access.layer.id, fid) : core::Result<std::optional<LayerFeature>>(std::nullopt);
    if (!found) {
        sendStoreError(res, found.error());
        return;
    }
    if (!found.value()) {
        sendError(res, 404, QStringLiteral("not_found"),
                  QStringLiteral("no feature '%1' in '%2'").arg(pathArg(req, 2).left(64), layerCollectionId(access.layer)));
        return;
    }
    sendFeature(res, featureOf(*found.value()));
}

}  // namespace atlas::server
