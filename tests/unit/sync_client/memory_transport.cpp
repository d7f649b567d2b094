#include "memory_transport.h"

#include "core/sync/sync_messages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace atlas::test {

core::Result<core::PushResult> MemoryTransport::push(const core::PushBatch& batch)
{
    ++pushes;
    // Through JSON both ways, as on the wire.
    auto parsed = core::pushBatchFromJson(QJsonDocument(core::pushBatchToJson(batch)).toJson());
    if (!parsed)
        return parsed.error();
    auto result = server.push(parsed.value());
    if (!result)
        return result.error();
    if (dropNextPushAnswer) {
        dropNextPushAnswer = false;
        return core::Error{QStringLiteral("memory"), {}, QStringLiteral("connection lost before the answer")};
    }
    return core::pushResultFromJson(QJsonDocument(core::pushResultToJson(result.value())).toJson());
}

core::Result<core::PullPage> MemoryTransport::pull(const QString&, const QString& cursor, int limit)
{
    ++pulls;
    auto page = server.pull(cursor, limit);
    if (!page)
        return page.error();
    return core::pullPageFromJson(QJsonDocument(core::pullPageToJson(page.value())).toJson());
}

core::Result<QStringList> MemoryTransport::missingBlobs(const QStringList& sha256)
{
    QStringList missing;
    for (const QString& s : sha256)
        if (!blobs.contains(s))
            missing << s;
    return missing;
}

core::Status MemoryTransport::uploadBlob(const QString& sha256, const QString& filePath)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error{filePath, {}, f.errorString()};
    const QByteArray bytes = f.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return core::Error{filePath, sha256, QStringLiteral("hash mismatch")};
    blobs.insert(sha256, bytes);
    return core::Done{};
}

core::Status MemoryTransport::downloadBlob(const QString& sha256, const QString& targetPath)
{
    if (!blobs.contains(sha256))
        return core::Error{QStringLiteral("memory"), sha256, QStringLiteral("no such blob")};
    QSaveFile f(targetPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(blobs.value(sha256)) < 0 || !f.commit())
        return core::Error{targetPath, {}, f.errorString()};
    return core::Done{};
}

}  // namespace atlas::test
