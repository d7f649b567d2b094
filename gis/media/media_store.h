#pragma once
// The files of the mediatheque, beside the atlas in "<atlas>.media/": content-addressed by
// SHA-256 ("ab/cdef..."), written atomically, each content once. Knows nothing of SQL.

#include "core/model/media_item.h"
#include "core/model/result.h"

#include <QFuture>
#include <QString>

namespace atlas::gis {

// A thumbnail made in the background: its path, or why there is none.
struct Thumbnail {
    QString sha256;
    QString path;
    QString error;
};

class MediaStore {
public:
    explicit MediaStore(const QString& atlasPath);

    const QString& folder() const { return m_folder; }
    // Where the file of that content lives (it may not exist).
    QString filePath(const QString& sha256) const;
    QString thumbnailPath(const QString& sha256) const;

    // Checks the file (exists, not empty, a readable format that matches its content), copies
    // it in unless that content is already there, and describes it: hash, type, size, and for
    // photos the EXIF date, position and direction. Nothing is left behind when it fails.
    core::Result<core::MediaItem> ingest(const QString& sourcePath) const;

    // Makes the thumbnail (longest side `size` px, JPEG) in a worker thread.
    QFuture<Thumbnail> makeThumbnail(const QString& sha256, int size = 256) const;
    // The same, in the calling thread (never the UI thread).
    core::Result<QString> makeThumbnailNow(const QString& sha256, int size = 256) const;

private:
    QString m_folder;
};

// The kinds of files the mediatheque accepts, by MIME type of their content.
bool isAcceptedMediaType(const QString& mime);

}  // namespace atlas::gis
