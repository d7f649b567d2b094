#include "gis/media/media_store.h"

#include "core/model/translate.h"
#include "gis/media/photo_image.h"
#include "gis/media/photo_metadata.h"
#include "gis/media/web_link.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <memory>
#include <fcntl.h>
#include <unistd.h>

namespace atlas::gis {
namespace {

using core::Error;

// fsync a file or folder by path, so a rename is durable once we return.
bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Our own words for the image a file name promises: the system's MIME comments vary
// between machines ("JPEG image", "JPEG raster data"…).
QString expectedImageName(const QMimeType& byName)
{
    const QString name = byName.name();
    if (name == QLatin1String("image/jpeg"))
        return QCoreApplication::translate("atlas::gis", "a JPEG image");
    if (name == QLatin1String("image/png"))
        return QCoreApplication::translate("atlas::gis", "a PNG image");
    return QCoreApplication::translate("atlas::gis", "an image (%1)").arg(byName.comment());
}

// The format check: what the bytes are, whatever the name says.
core::Result<QString> checkContent(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{path, {}, tr("file not found")};
    if (!fi.isFile())
        return Error{path, {}, tr("not a file")};
    if (fi.size() == 0)
        return Error{path, {}, tr("the file is empty (0 bytes)")};
    QMimeDatabase mimes;
    const QMimeType byContent = mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    const QMimeType byName = mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    QString mime = byContent.name();
    // Content sniffing knows no magic for some formats (text-like or container): trust the name then.
    if (mime == QLatin1String("application/octet-stream") && byName.name() != QLatin1String("application/octet-stream") &&
        !byName.name().startsWith(QLatin1String("image/")))
        mime = byName.name();
    if (byName.name().startsWith(QLatin1String("image/")) && !byContent.inherits(byName.name()) &&
        !mime.startsWith(QLatin1String("image/")))
        return Error{path, {},
                     tr("not %1: the content is %2").arg(expectedImageName(byName), byContent.comment())};
    if (!isAcceptedMediaType(mime))
        return Error{path, {}, tr("unsupported format: %1 (%2)").arg(byContent.comment(), mime)};
    if (mime.startsWith(QLatin1String("image/"))) {
        // Decoded to the last byte (HEIC through libheif), shown small: damage shows here.
        if (auto decoded = readPhoto(path, 64); !decoded)
            return decoded.error();
        if (mime == QLatin1String("image/jpeg")) {
            // A truncated JPEG decodes to grey without an error: require its end marker.
            QFile f(path);
            const bool opened = f.open(QIODevice::ReadOnly) && f.seek(qMax<qint64>(0, fi.size() - 65536));
            if (!opened || !f.readAll().contains("\xFF\xD9"))
                return Error{path, {}, tr("the JPEG image is damaged (it ends before its end marker)")};
        }
    }
    return mime;
}

}  // namespace

bool isAcceptedMediaType(const QString& mime)
{
    static const QStringList exact = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                      QStringLiteral("image/heic"), QStringLiteral("image/heif"),
                                      QStringLiteral("application/pdf")};
    return exact.contains(mime) || mime.startsWith(QLatin1String("video/")) ||
           mime.startsWith(QLatin1String("audio/"));
}

MediaStore::MediaStore(const QString& atlasPath) : m_folder(QFileInfo(atlasPath).absoluteFilePath() + QStringLiteral(".media"))
{
}

QString MediaStore::filePath(const QString& sha256) const
{
    return m_folder + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256.mid(2);
}

QString MediaStore::thumbnailPath(const QString& sha256) const
{
    return m_folder + QStringLiteral("/thumbnails/") + sha256.left(2) + QLatin1Char('/') + sha256.mid(2) +
           QStringLiteral(".jpg");
}

core::Result<core::MediaItem> MediaStore::ingest(const QString& sourcePath) const
{
    core::MediaItem item = core::MediaItem::create();
    std::unique_ptr<QIODevice> source;
    if (const QString url = webLinkUrl(sourcePath); !url.isEmpty()) {
        // A web link: its shortcut file is stored; the URL names it.
        item.mime = QLatin1String(kWebLinkMime);
        item.fileName = url;
        item.title = QUrl(url).host();
        auto* bytes = new QBuffer;
        bytes->setData(webLinkFile(url));
        source.reset(bytes);
    } else {
        auto mime = checkContent(sourcePath);
        if (!mime)
            return mime.error();
        item.mime = mime.value();
        item.fileName = QFileInfo(sourcePath).fileName();
        item.title = QFileInfo(sourcePath).completeBaseName();
        source = std::make_unique<QFile>(sourcePath);
    }
    if (item.mime == QLatin1String("image/jpeg") || item.mime == QLatin1String("image/png") ||
        item.mime.startsWith(QLatin1String("image/hei"))) {
        auto meta = readPhotoMetadata(sourcePath);
        if (!meta)
            return meta.error();
        item.taken = meta.value().taken;
        item.lon = meta.value().lon;
        item.lat = meta.value().lat;
        item.direction = meta.value().direction;
    }

    if (!QDir().mkpath(m_folder))
        return Error{m_folder, {}, QCoreApplication::translate("atlas::gis", "cannot create the media folder")};
    // Copy while hashing into a temporary file of the store, then move it under its hash.
    if (!source->open(QIODevice::ReadOnly))
        return Error{sourcePath, {}, source->errorString()};
    const QString temp = m_folder + QStringLiteral("/incoming-%1.tmp").arg(item.identity.uuid.toString(QUuid::Id128));
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly))
        return Error{temp, {}, out.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    bool written = true;
    while (!(chunk = source->read(1 << 20)).isEmpty()) {
        hash.addData(chunk);
        written = written && out.write(chunk) == chunk.size();
    }
    written = written && source->atEnd() && out.flush() && ::fsync(out.handle()) == 0;
    item.size = out.size();
    out.close();
    if (!written) {
        QFile::remove(temp);
        return Error{sourcePath, {}, QCoreApplication::translate("atlas::gis", "cannot copy into the media folder: %1").arg(out.errorString())};
    }
    item.sha256 = QString::fromLatin1(hash.result().toHex());
    const QString target = filePath(item.sha256);
    if (QFileInfo::exists(target)) {
        QFile::remove(temp);  // this content is already stored
        return item;
    }
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir) || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        return Error{target, {}, QCoreApplication::translate("atlas::gis", "cannot move the file into the media folder")};
    }
    syncPath(dir);
    return item;
}

core::Result<QString> MediaStore::makeThumbnailNow(const QString& sha256, int size) const
{
    const QString source = filePath(sha256);
    const QString target = thumbnailPath(sha256);
    if (QFileInfo::exists(target))
        return target;
    auto decoded = readPhoto(source, size);
    if (!decoded)
        return Error{source, {}, QCoreApplication::translate("atlas::gis", "no thumbnail: %1").arg(decoded.error().reason)};
    const QImage& image = decoded.value();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error{target, {}, file.errorString()};
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(85);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB32)) || !file.commit())
        return Error{target, {}, QCoreApplication::translate("atlas::gis", "cannot write the thumbnail: %1").arg(writer.errorString())};
    return target;
}

QFuture<Thumbnail> MediaStore::makeThumbnail(const QString& sha256, int size) const
{
    const MediaStore copy = *this;  // the worker owns its own copy
    return QtConcurrent::run([copy, sha256, size] {
        auto made = copy.makeThumbnailNow(sha256, size);
        return made ? Thumbnail{sha256, made.value(), {}} : Thumbnail{sha256, {}, made.error().message()};
    });
}

}  // namespace atlas::gis
