#include "gis/media/photo_image.h"

#include "core/model/translate.h"

#include <libheif/heif.h>

#include <QFile>
#include <QImageReader>

#include <memory>

namespace atlas::gis {
namespace {

QImage fitted(const QImage& image, int maxSide)
{
    if (maxSide <= 0 || (image.width() <= maxSide && image.height() <= maxSide))
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

core::Result<QImage> readHeif(const QString& path, int maxSide)
{
    const auto failed = [&](const heif_error& e) {
        return core::Error{path, {}, tr("the HEIF image cannot be decoded: %1").arg(QString::fromUtf8(e.message))};
    };
    std::unique_ptr<heif_context, decltype(&heif_context_free)> context(heif_context_alloc(), heif_context_free);
    if (heif_error e = heif_context_read_from_file(context.get(), QFile::encodeName(path).constData(), nullptr); e.code)
        return failed(e);
    heif_image_handle* rawHandle = nullptr;
    if (heif_error e = heif_context_get_primary_image_handle(context.get(), &rawHandle); e.code)
        return failed(e);
    std::unique_ptr<heif_image_handle, decltype(&heif_image_handle_release)> handle(rawHandle, heif_image_handle_release);
    heif_image* rawImage = nullptr;
    // libheif applies the file's rotation and mirroring (its irot/imir boxes) while decoding.
    if (heif_error e = heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, nullptr);
        e.code)
        return failed(e);
    std::unique_ptr<heif_image, decltype(&heif_image_release)> image(rawImage, heif_image_release);
    int stride = 0;
    const uint8_t* data = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!data || width <= 0 || height <= 0)
        return core::Error{path, {}, tr("the HEIF image has no picture")};
    // Copied: the plane belongs to the heif_image released on return.
    return fitted(QImage(data, width, height, stride, QImage::Format_RGBA8888).copy(), maxSide);
}

}  // namespace

bool isHeifFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(32);
    return heif_check_filetype(reinterpret_cast<const uint8_t*>(head.constData()), int(head.size())) ==
           heif_filetype_yes_supported;
}

core::Result<QImage> readPhoto(const QString& path, int maxSide)
{
    if (isHeifFile(path))
        return readHeif(path, maxSide);
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation
    const QSize full = reader.size();
    if (maxSide > 0 && full.isValid() && (full.width() > maxSide || full.height() > maxSide))
        reader.setScaledSize(full.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return core::Error{path, {}, tr("the image is damaged or unreadable: %1").arg(reader.errorString())};
    return fitted(image, maxSide);
}

}  // namespace atlas::gis
