#pragma once
// What every route handler shares: the server context, JSON responses and errors, bearer
// token authentication, strict JSON bodies and query parameters.

#include "auth/login_limiter.h"
#include "server_options.h"
#include "storage/blob_store.h"
#include "storage/server_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <httplib.h>
#include <optional>

namespace atlas::server {

struct ServerContext {
    ServerStore& store;
    BlobStore blobs;
    LoginLimiter limiter;
    ServerOptions options;
};

// Writes `json` with `status`.
void sendJson(httplib::Response& res, int status, const QJsonDocument& json,
              const char* contentType = "application/json");
void sendJson(httplib::Response& res, int status, const QJsonObject& json);
// {"error": code, "message": message} with `status`.
void sendError(httplib::Response& res, int status, const QString& code, const QString& message);
// 500 with the store's error: logged on stderr, a generic message to the client.
void sendStoreError(httplib::Response& res, const core::Error& error);

// The account behind the request's bearer token. nullopt: anonymous (no Authorization
// header). An error response is already sent (401 bad or expired token) when it returns false.
bool authenticate(ServerContext& ctx, const httplib::Request& req, httplib::Response& res,
                  std::optional<UserRecord>& user);
// Like authenticate, but anonymous callers get 401.
bool requireUser(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, UserRecord& user);

// JSON requests (fiches, login, comments...) are small; only uploads may use --max-body.
inline constexpr size_t kMaxJsonBody = 1024 * 1024;
// The request body as a JSON object, or 400 (malformed, not an object) or 413 (more than
// kMaxJsonBody) already sent.
std::optional<QJsonObject> jsonBody(const httplib::Request& req, httplib::Response& res);

// Sends 400 naming the first query parameter not in `allowed`; false then.
bool onlyParams(const httplib::Request& req, httplib::Response& res, const QSet<QString>& allowed);

// The path capture `i` of the route, as text (already URL-decoded by the router).
QString pathArg(const httplib::Request& req, size_t i);
// A query parameter as text; empty when absent.
QString param(const httplib::Request& req, const char* name);

// The group named in the path; 404 sent when unknown.
std::optional<GroupRecord> groupFromPath(ServerContext& ctx, const httplib::Request& req, httplib::Response& res,
                                         size_t capture = 1);
// The group of the path and the logged-in caller's role in it, at least `minimum`; 401, 403
// (the message says what needs which role) or 404 sent otherwise.
std::optional<std::pair<GroupRecord, Role>> memberOfPath(ServerContext& ctx, const httplib::Request& req,
                                                         httplib::Response& res, UserRecord& user, Role minimum,
                                                         const QString& what);
// The role of `user` in `groupId`: from the roles loaded with the session, else the store.
core::Result<Role> roleOf(ServerContext& ctx, const UserRecord& user, qint64 groupId);
// The caller as the authz policy sees them in `groupId`.
std::optional<Actor> actorIn(ServerContext& ctx, const std::optional<UserRecord>& user, qint64 groupId,
                             qint64 authorId, httplib::Response& res);

// "http://host:port" as the client reached us (Host header; X-Forwarded-Proto behind a proxy).
QString baseUrl(const httplib::Request& req);

}  // namespace atlas::server
