#include "gis/sync/http_sync_transport.h"

#include "core/model/translate.h"
#include "core/sync/sync_json.h"
#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>
#include <zlib.h>

namespace atlas::gis {
namespace {

// gzip bodies inflated here: asked for explicitly, because left to itself Qt also offers
// brotli, which the server compresses at its slowest setting (seconds per megabyte).
std::optional<QByteArray> gunzip(const QByteArray& in)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    int rc = Z_OK;
    char buffer[65536];
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? std::optional<QByteArray>(out) : std::nullopt;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

HttpSyncTransport::HttpSyncTransport(const QUrl& server, QString group, int timeoutMs)
    : m_server(server), m_group(std::move(group)), m_timeoutMs(timeoutMs),
      m_network(std::make_unique<QNetworkAccessManager>())
{
}

HttpSyncTransport::~HttpSyncTransport() = default;

core::Result<HttpSyncTransport::Reply> HttpSyncTransport::send(const QByteArray& method, const QString& path,
                                                               const QUrlQuery& query, const QByteArray& body,
                                                               const QByteArray& contentType, const QByteArray& sha256)
{
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!sha256.isEmpty())
        request.setRawHeader("X-Content-SHA256", sha256);
    request.setRawHeader("Accept-Encoding", "gzip");
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip") {
        auto plain = gunzip(r.body);
        if (!plain)
            return core::Error{url.toString(QUrl::RemoveQuery), {}, tr("the server sent a damaged compressed answer")};
        r.body = *plain;
    }
    if (r.status == 0)
        return core::Error{url.toString(QUrl::RemoveQuery), {}, tr("no answer from the server: %1").arg(reply->errorString())};
    return r;
}

core::Error HttpSyncTransport::httpError(const QString& path, const Reply& reply) const
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    const QString message = o.value(QStringLiteral("message")).toString(QString::fromUtf8(reply.body.left(200)));
    return core::Error{m_server.toString(), path, tr("HTTP %1: %2").arg(reply.status).arg(message)};
}

core::Status HttpSyncTransport::login(const QString& user, const QString& password)
{
    const QString path = QStringLiteral("/api/login");
    auto reply = send("POST", path, {},
                      compact({{QStringLiteral("user"), user}, {QStringLiteral("password"), password}}),
                      "application/json");
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    m_token = QJsonDocument::fromJson(reply.value().body).object().value(QStringLiteral("token")).toString();
    if (m_token.isEmpty())
        return core::Error{m_server.toString(), path, tr("the server gave no session token")};
    return core::Done{};
}

core::Result<QStringList> HttpSyncTransport::groups()
{
    const QString path = QStringLiteral("/api/me");
    auto reply = send("GET", path, {}, {}, {});
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    QStringList names;
    for (const QJsonValue& g : QJsonDocument::fromJson(reply.value().body).object().value(QStringLiteral("groups")).toArray())
        names << g.toObject().value(QStringLiteral("group")).toString();
    return names;
}

core::Result<core::PushResult> HttpSyncTransport::push(const core::PushBatch& batch)
{
    const QString path = QStringLiteral("/api/sync/push");
    auto reply = send("POST", path, {}, core::pushBatchJsonText(batch), "application/json");
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    auto result = core::pushResultFromJson(reply.value().body);
    if (!result)
        return core::Error{m_server.toString(), result.error().location, result.error().reason};
    return result;
}

core::Result<core::PullPage> HttpSyncTransport::pull(const QString& group, const QString& cursor, int limit)
{
    const QString path = QStringLiteral("/api/sync/pull");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("group"), group);
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto reply = send("GET", path, query, {}, {});
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    auto page = core::pullPageFromJson(reply.value().body);
    if (!page)
        return core::Error{m_server.toString(), page.error().location, page.error().reason};
    return page;
}

core::Result<QStringList> HttpSyncTransport::missingBlobs(const QStringList& sha256)
{
    const QString path = QStringLiteral("/api/sync/media/missing");
    auto reply = send("POST", path, {},
                      compact({{QStringLiteral("protocol"), core::kSyncProtocolVersion},
                               {QStringLiteral("group"), m_group},
                               {QStringLiteral("sha256"), QJsonArray::fromStringList(sha256)}}),
                      "application/json");
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    QStringList missing;
    for (const QJsonValue& v : QJsonDocument::fromJson(reply.value().body).object().value(QStringLiteral("missing")).toArray())
        missing << v.toString();
    return missing;
}

core::Status HttpSyncTransport::uploadBlob(const QString& sha256, const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{filePath, {}, file.errorString()};
    const QString path = QStringLiteral("/api/groups/%1/media").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_group)));
    auto reply = send("POST", path, {}, file.readAll(), "application/octet-stream", sha256.toLatin1());
    if (!reply)
        return reply.error();
    if (reply.value().status != 201 && reply.value().status != 200)
        return httpError(path, reply.value());
    return core::Done{};
}

core::Status HttpSyncTransport::downloadBlob(const QString& sha256, const QString& targetPath)
{
    const QString path =
        QStringLiteral("/api/groups/%1/media/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_group)), sha256);
    auto reply = send("GET", path, {}, {}, {});
    if (!reply)
        return reply.error();
    if (reply.value().status != 200)
        return httpError(path, reply.value());
    // A file cut short or altered on the way is never kept under its name.
    if (QCryptographicHash::hash(reply.value().body, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return core::Error{m_server.toString(), path, tr("the downloaded file does not match its SHA-256")};
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(reply.value().body) != reply.value().body.size() || !out.commit())
        return core::Error{targetPath, {}, out.errorString()};
    return core::Done{};
}

}  // namespace atlas::gis
