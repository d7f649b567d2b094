// Routes: shared layers of a group. Anyone lists the layers they may read; contributors put a
// GeoJSON layer (created, or replaced by its owner or an animator); the same may delete it.
// The features are then served as the OGC API collection GROUP.LAYER (ogc_layers.h).

#include "http/ogc_layers.h"
#include "http/routes.h"
#include "layers/layer_reader.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

QJsonObject layerJson(const LayerRecord& l)
{
    QJsonObject json{{QStringLiteral("name"), l.name},
                     {QStringLiteral("group"), l.groupName},
                     {QStringLiteral("collection"), layerCollectionId(l)},
                     {QStringLiteral("title"), l.title},
                     {QStringLiteral("scope"), core::scopeName(l.scope)},
                     {QStringLiteral("owner"), l.uploaderName.isEmpty() ? QJsonValue() : QJsonValue(l.uploaderName)},
                     {QStringLiteral("geometry_type"), l.geometryType},
                     {QStringLiteral("source_crs"), l.sourceCrs},
                     {QStringLiteral("features"), l.featureCount},
                     {QStringLiteral("version"), l.version},
                     {QStringLiteral("modified"), l.modified}};
    if (l.extent)
        json.insert(QStringLiteral("bbox"), QJsonArray{l.extent->minX, l.extent->minY, l.extent->maxX, l.extent->maxY});
    return json;
}

void listLayers(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!onlyParams(req, res, {}) || !authenticate(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    auto layers = ctx.store.layers(Viewer{user ? user->id : 0}, group->id);
    if (!layers) {
        sendStoreError(res, layers.error());
        return;
    }
    QJsonArray list;
    for (const LayerRecord& l : layers.value())
        list << layerJson(l);
    sendJson(res, 200, QJsonObject{{QStringLiteral("group"), group->name}, {QStringLiteral("layers"), list}});
}

// PUT ?scope=&title= with a GeoJSON body: 201 created, 200 replaced.
void putLayer(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {QStringLiteral("scope"), QStringLiteral("title")}) || !requireUser(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    const QString name = pathArg(req, 2);
    if (!isValidLayerName(name)) {
        sendError(res, 400, QStringLiteral("invalid_layer_name"), QStringLiteral("layer names are 1-64 of A-Z a-z 0-9 _ -"));
        return;
    }
    const auto scope = req.has_param("scope") ? core::scopeFromName(param(req, "scope")) : core::SharingScope::Group;
    const QString title = req.has_param("title") ? param(req, "title").trimmed() : name;
    if (!scope || title.isEmpty() || title.size() > 200) {
        sendError(res, 400, QStringLiteral("bad_parameter"),
                  scope ? QStringLiteral("title: 1 to 200 characters")
                        : QStringLiteral("scope: private, group, community or public, not '%1'").arg(param(req, "scope").left(20)));
        return;
    }
    auto existing = ctx.store.layer(group->name, name);
    if (!existing) {
        sendStoreError(res, existing.error());
        return;
    }
    const qint64 ownerId = existing.value() ? existing.value()->uploaderId : user.id;
    const auto actor = actorIn(ctx, user, group->id, ownerId, res);
    if (!actor)
        return;
    if (existing.value() && !isAllowed(*actor, layerFacts(existing.value()->scope), Action::Read)) {
        sendError(res, 409, QStringLiteral("name_taken"), QStringLiteral("group '%1' already has a layer '%2'").arg(group->name, name));
        return;
    }
    // Creating needs Create; replacing needs Update on the layer as it is and as it will be.
    const bool allowed = existing.value() ? isAllowed(*actor, layerFacts(existing.value()->scope), Action::Update)
                                                && isAllowed(*actor, layerFacts(*scope), Action::Update)
                                          : isAllowed(*actor, layerFacts(*scope), Action::Create);
    if (!allowed) {
        sendError(res, 403, QStringLiteral("forbidden"),
                  QStringLiteral("as %1 of '%2' you may not %3 a %4 layer")
                      .arg(roleName(actor->role), group->name, existing.value() ? QStringLiteral("replace") : QStringLiteral("create"),
                           core::scopeName(*scope)));
        return;
    }
    auto content = readGeoJsonBytes(QByteArray::fromStdString(req.body), QStringLiteral("body"));
    if (!content) {
        sendError(res, 400, QStringLiteral("invalid_layer"), content.error().message());
        return;
    }
    LayerRecord l;
    l.groupId = group->id;
    l.groupName = group->name;
    l.name = name;
    l.title = title;
    l.scope = *scope;
    l.uploaderId = user.id;
    l.sourceCrs = content.value().sourceCrs;
    l.geometryType = content.value().geometryType;
    l.extent = content.value().extent;
    auto stored = ctx.store.putLayer(l, content.value().features);
    if (!stored) {
        sendStoreError(res, stored.error());
        return;
    }
    sendJson(res, existing.value() ? 200 : 201, layerJson(stored.value()));
}

void deleteLayer(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    LayerAccess access;
    if (!onlyParams(req, res, {}) || !openLayer(ctx, req, res, pathArg(req, 1), pathArg(req, 2), access)
        || !allowLayer(access, Action::Delete, res))
        return;
    if (auto s = ctx.store.removeLayer(access.layer.id); !s) {
        sendStoreError(res, s.error());
        return;
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("deleted"), layerCollectionId(access.layer)}});
}

}  // namespace

void addLayerRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get(R"(/api/groups/([^/]+)/layers)", [&ctx](Req req, Res res) { listLayers(ctx, req, res); });
    server.Put(R"(/api/groups/([^/]+)/layers/([^/]+))", [&ctx](Req req, Res res) { putLayer(ctx, req, res); });
    server.Delete(R"(/api/groups/([^/]+)/layers/([^/]+))", [&ctx](Req req, Res res) { deleteLayer(ctx, req, res); });
}

}  // namespace atlas::server
