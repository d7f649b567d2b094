#pragma once
// The steps fiche routes share: find the fiche named in the path and check that the caller
// may see it, ask the policy for an action, page parameters, and answer a store write.

#include "http/http_support.h"

namespace atlas::server {

struct FicheAccess {
    FicheRecord fiche;
    std::optional<UserRecord> user;
    Actor actor;
};

// Authenticates, loads the fiche of path capture 1 and checks Read; 404 sent (unknown,
// deleted or not visible alike) when it returns false.
bool openFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, FicheAccess& access);
// The same for the fiche `id` (a UUID as text).
bool openFicheById(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, const QString& id,
                   FicheAccess& access);
// isAllowed for the opened fiche; 401 (anonymous) or 403 sent when it returns false.
bool allow(const FicheAccess& access, Action action, httplib::Response& res);

// limit (1-1000, default 10) and offset (0 or more) into `query`; 400 sent when bad.
bool pageParams(const httplib::Request& req, httplib::Response& res, FicheQuery& query);

// Runs the write with the request's op uuid (header X-Atlas-Op, else a new one) and sends
// the store's outcome; a replayed op is answered like the first time.
void sendWrite(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, FicheWrite write);

QJsonObject changeJson(const ChangeRecord& change);

}  // namespace atlas::server
