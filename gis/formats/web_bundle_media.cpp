#include "gis/formats/web_bundle_media.h"

#include "core/model/translate.h"
#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/media/photo_image.h"
#include "gis/media/web_link.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace atlas::gis {
namespace {

constexpr int kThumbnailSize = 320;
constexpr int kPhotoMaxSize = 2048;  // full-size photos re-encoded to at most this side

// Scales `source` to fit `size` (0 = keep), turned upright, and saves it as a JPEG with no
// metadata at all: a re-encoded image carries no EXIF.
bool writeJpeg(const QString& source, const QString& target, int size, int quality)
{
    const auto image = readPhoto(source, size);
    return image && image.value().convertToFormat(QImage::Format_RGB32).save(target, "JPEG", quality);
}

QByteArray kindOf(const core::MediaItem& m)
{
    if (m.mime.startsWith(QLatin1String("video/")))
        return "video";
    if (m.mime.startsWith(QLatin1String("audio/")))
        return "audio";
    return "document";
}

}  // namespace

WebBundleMedia::WebBundleMedia(const QString& atlasPath, const QString& bundleDir, bool stripPhotoMetadata)
    : m_store(atlasPath), m_bundleDir(bundleDir), m_strip(stripPhotoMetadata)
{
}

QByteArray WebBundleMedia::add(const core::MediaItem& m)
{
    if (m_copied.contains(m.sha256))
        return m_copied.value(m.sha256);
    const QString source = m_store.filePath(m.sha256);
    QDir().mkpath(m_bundleDir + QStringLiteral("/media/thumbs"));
    QByteArray json;
    if (m.isImage()) {
        const QString full = QStringLiteral("media/%1.jpg").arg(m.sha256);
        const QString thumb = QStringLiteral("media/thumbs/%1.jpg").arg(m.sha256);
        const bool fullOk = m_strip ? writeJpeg(source, m_bundleDir + '/' + full, kPhotoMaxSize, 88)
                                    : QFile::copy(source, m_bundleDir + '/' + full);
        if (fullOk && writeJpeg(source, m_bundleDir + '/' + thumb, kThumbnailSize, 80)) {
            ++m_photos;
            json = "{\"kind\":\"image\",\"thumb\":" + jsonString(thumb) + ",\"full\":" + jsonString(full) +
                   ",\"caption\":" + jsonString(m.caption.isEmpty() ? m.title : m.caption) + '}';
        } else {
            m_warnings << core::Error{source, m.fileName, tr("photo not copied into the bundle")}.message();
        }
    } else if (isWebLink(m)) {
        // A web link stays a link to its site (http and https only).
        if (const QString url = webLinkUrl(m.fileName); !url.isEmpty())
            json = "{\"kind\":\"link\",\"label\":" + jsonString(m.title.isEmpty() ? url : m.title) +
                   ",\"href\":" + jsonString(url) + '}';
    } else {
        // Copied as they are, under their content name and suffix.
        const QString suffix =
            QFileInfo(m.fileName).suffix().toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        const QString target =
            QStringLiteral("media/%1%2").arg(m.sha256, suffix.isEmpty() ? QString() : '.' + suffix);
        if (QFileInfo::exists(m_bundleDir + '/' + target) || QFile::copy(source, m_bundleDir + '/' + target))
            json = "{\"kind\":\"" + kindOf(m) + "\",\"label\":" + jsonString(m.title.isEmpty() ? m.fileName : m.title) +
                   ",\"href\":" + jsonString(target) + ",\"mime\":" + jsonString(m.mime) + '}';
        else
            m_warnings << core::Error{source, m.fileName, tr("document not copied into the bundle")}.message();
    }
    m_copied.insert(m.sha256, json);
    return json;
}

}  // namespace atlas::gis
