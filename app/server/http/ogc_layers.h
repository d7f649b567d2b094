#pragma once
// Shared layers as OGC API Features collections "GROUP.LAYER": listed for whoever may read
// them (the fiche rules, a layer counting as published), items with bbox/limit/offset paging,
// single features by number. Unreadable layers answer 404 like unknown ones.

#include "http/http_support.h"

#include <QJsonArray>

namespace atlas::server {

// A collection id names a shared layer when it holds a dot (fiche kinds never do).
bool isLayerCollectionId(const QString& id);
QString layerCollectionId(const LayerRecord& layer);

struct LayerAccess {
    LayerRecord layer;
    std::optional<UserRecord> user;
    Actor actor;
};
// Authenticates, finds the layer `group`/`name` and checks that the caller may read it; 404
// sent (unknown or not visible alike) when it returns false.
bool openLayer(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, const QString& group,
               const QString& name, LayerAccess& access);
// isAllowed(action) on the opened layer; 401 (anonymous) or 403 sent when it returns false.
bool allowLayer(const LayerAccess& access, Action action, httplib::Response& res);
// The policy's view of a layer: its scope, always published.
FicheFacts layerFacts(core::SharingScope scope);

// Adds the collections of the layers `user` may read to `list`; false with 500 sent on error.
bool appendLayerCollections(ServerContext& ctx, const std::optional<UserRecord>& user, const QString& base,
                            QJsonArray& list, httplib::Response& res);
QJsonObject layerCollectionJson(const QString& base, const LayerRecord& layer);

// GET /collections/G.L, /collections/G.L/items, /collections/G.L/items/FID.
void layerCollection(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
void layerItems(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);
void layerItem(ServerContext& ctx, const httplib::Request& req, httplib::Response& res);

}  // namespace atlas::server
