// Routes: media of a group. Upload (contributors): the raw bytes as the body, optionally with
// X-Content-SHA256 which the server checks. Download by hash: members, and anyone a fiche
// they may read shows the file to (a public published fiche: anonymous callers too).

#include "http/routes.h"

#include <QFile>
#include <cstdio>

namespace atlas::server {
namespace {

// The media name of path capture 2: a SHA-256; anything else (paths, dots) is refused.
std::optional<QString> mediaName(const httplib::Request& req, httplib::Response& res)
{
    const QString name = pathArg(req, 2);
    if (!BlobStore::isValidName(name)) {
        sendError(res, 400, QStringLiteral("invalid_media_name"),
                  QStringLiteral("media are named by their SHA-256: 64 lower-case hex characters"));
        return std::nullopt;
    }
    return name;
}

void upload(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    const auto who = memberOfPath(ctx, req, res, user, Role::Contributor, QStringLiteral("upload media"));
    if (!who)
        return;
    if (req.body.empty()) {
        sendError(res, 400, QStringLiteral("empty_body"), QStringLiteral("the body must be the file's bytes"));
        return;
    }
    const QString expected = QString::fromStdString(req.get_header_value("X-Content-SHA256")).toLower();
    if (!expected.isEmpty() && !BlobStore::isValidName(expected)) {
        sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("X-Content-SHA256 must be 64 hex characters"));
        return;
    }
    auto sha = ctx.blobs.put(QByteArray::fromStdString(req.body), expected);
    if (!sha) {
        const bool mismatch = sha.error().location == QLatin1String("sha256");
        if (!mismatch)
            std::fprintf(stderr, "atlas-server: media: %s\n", qPrintable(sha.error().message()));
        sendError(res, mismatch ? 422 : 500, mismatch ? QStringLiteral("hash_mismatch") : QStringLiteral("store_error"),
                  mismatch ? sha.error().reason : QStringLiteral("the server could not write the media file"));
        return;
    }
    const std::string type = req.get_header_value("Content-Type");
    MediaRecord m{sha.value(), who->first.id, user.id, qint64(req.body.size()),
                  type.empty() ? QStringLiteral("application/octet-stream") : QString::fromStdString(type).left(100), {}};
    if (auto s = ctx.store.addMedia(m); !s) {
        sendStoreError(res, s.error());
        return;
    }
    sendJson(res, 201, QJsonObject{{QStringLiteral("sha256"), m.sha256}, {QStringLiteral("size"), m.size}});
}

// Members download every file of the group; others (anonymous too) the files shown by a fiche
// they may read. Refusals do not say whether the file exists: 401 anonymous, 403 outsiders.
void download(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!onlyParams(req, res, {}) || !authenticate(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    const auto name = mediaName(req, res);
    if (!name)
        return;
    auto role = user ? roleOf(ctx, *user, group->id) : core::Result<Role>(Role::None);
    if (!role) {
        sendStoreError(res, role.error());
        return;
    }
    if (role.value() == Role::None) {
        auto shown = ctx.store.mediaShownToViewer(group->id, *name, Viewer{user ? user->id : 0});
        if (!shown) {
            sendStoreError(res, shown.error());
            return;
        }
        if (!shown.value()) {
            if (!user) {
                res.set_header("WWW-Authenticate", "Bearer");
                sendError(res, 401, QStringLiteral("unauthorized"),
                          QStringLiteral("log in to download the media of '%1' that no public fiche shows").arg(group->name));
            } else {
                sendError(res, 403, QStringLiteral("forbidden"),
                          QStringLiteral("only members of '%1' download its media that no fiche you may read shows").arg(group->name));
            }
            return;
        }
    }
    auto media = ctx.store.media(group->id, *name);
    if (!media) {
        sendStoreError(res, media.error());
        return;
    }
    QFile file(ctx.blobs.filePath(*name));
    if (!media.value() || !file.open(QIODevice::ReadOnly)) {
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no media %1 in '%2'").arg(*name, group->name));
        return;
    }
    res.set_header("ETag", ("\"" + name->toStdString() + "\""));
    res.set_content(file.readAll().toStdString(), media.value()->mime.toStdString());
}

}  // namespace

void addMediaRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Post(R"(/api/groups/([^/]+)/media)", [&ctx](Req req, Res res) { upload(ctx, req, res); });
    // (.+): any name reaches the handler, which refuses all but SHA-256 hex (no traversal).
    server.Get(R"(/api/groups/([^/]+)/media/(.+))", [&ctx](Req req, Res res) { download(ctx, req, res); });
}

}  // namespace atlas::server
