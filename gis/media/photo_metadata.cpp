#include "gis/media/photo_metadata.h"

#include <QCoreApplication>

// exiv2 0.27 hands images out as std::auto_ptr, deprecated in C++11; it stays inside this file.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace atlas::gis {
namespace {

// Degrees from the three rationals (degrees, minutes, seconds) of a GPS coordinate.
std::optional<double> degrees(const Exiv2::ExifData& exif, const char* key, const char* refKey, char negative)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() < 3)
        return std::nullopt;
    double value = 0;
    double unit = 1;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        value += double(r.first) / double(r.second) / unit;
        unit *= 60;
    }
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (ref != exif.end() && !ref->toString().empty() && ref->toString()[0] == negative)
        value = -value;
    return value;
}

}  // namespace

core::Result<PhotoMetadata> readPhotoMetadata(const QString& path)
{
    // Corrupt files make exiv2 talk on stderr; the caller reports the error itself.
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    Exiv2::enableBMFF(true);  // HEIC/HEIF photos (ISO base media files)
    PhotoMetadata meta;
    try {
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(path.toStdString());
        if (!image.get())
            return core::Error{path, {}, QCoreApplication::translate("atlas::gis", "cannot read the photo metadata")};
        image->readMetadata();
        const Exiv2::ExifData& exif = image->exifData();
        if (exif.empty())
            return meta;
        for (const char* key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}) {
            const auto it = exif.findKey(Exiv2::ExifKey(key));
            if (it == exif.end())
                continue;
            meta.taken = QDateTime::fromString(QString::fromStdString(it->toString()), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
            if (meta.taken.isValid())
                break;
        }
        const auto lat = degrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
        const auto lon = degrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
        if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180) {
            meta.lat = lat;
            meta.lon = lon;
        }
        const auto dir = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSImgDirection"));
        if (dir != exif.end() && dir->count() >= 1 && dir->toRational(0).second != 0)
            meta.direction = double(dir->toRational(0).first) / double(dir->toRational(0).second);
    } catch (const std::exception& e) {
        return core::Error{path, {},
                           QCoreApplication::translate("atlas::gis", "cannot read the photo metadata: %1")
                               .arg(QString::fromLocal8Bit(e.what()))};
    }
    return meta;
}

}  // namespace atlas::gis

#pragma GCC diagnostic pop
