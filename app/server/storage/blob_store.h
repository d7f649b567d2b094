#pragma once
// The server's media files on disk, content-addressed by SHA-256 ("ab/abcdef..."): written to
// a temporary file, synced, then renamed, so a file under its name is always whole and right.

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace atlas::server {

class BlobStore {
public:
    explicit BlobStore(QString folder);

    const QString& folder() const { return m_folder; }
    // True for 64 lower-case hex characters: the only names a blob may have (no paths).
    static bool isValidName(const QString& sha256);
    // Where that content lives (it may not exist); empty for an invalid name.
    QString filePath(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Stores `bytes`; when `expectedSha256` is given the content must hash to it (else an
    // error and nothing is written). Returns the SHA-256. Storing existing content is a no-op.
    core::Result<QString> put(const QByteArray& bytes, const QString& expectedSha256 = {}) const;

private:
    QString m_folder;
};

}  // namespace atlas::server
