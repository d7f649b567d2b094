#include "storage/blob_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace atlas::server {

BlobStore::BlobStore(QString folder) : m_folder(std::move(folder)) {}

bool BlobStore::isValidName(const QString& sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString BlobStore::filePath(const QString& sha256) const
{
    if (!isValidName(sha256))
        return {};
    return QDir(m_folder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

bool BlobStore::contains(const QString& sha256) const
{
    const QString path = filePath(sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

core::Result<QString> BlobStore::put(const QByteArray& bytes, const QString& expectedSha256) const
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!expectedSha256.isEmpty() && expectedSha256 != sha)
        return core::Error{{}, QStringLiteral("sha256"),
                           QStringLiteral("the content hashes to %1, not %2: upload incomplete or altered").arg(sha, expectedSha256)};
    if (contains(sha))
        return sha;
    const QString path = filePath(sha);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return core::Error{path, {}, QStringLiteral("cannot create the media folder")};
    // QSaveFile writes a temporary file beside the target, fsyncs it and renames it on commit.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{path, {}, QStringLiteral("cannot write the media file: %1").arg(file.errorString())};
    return sha;
}

}  // namespace atlas::server
