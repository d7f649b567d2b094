#pragma once
// What a photo says about itself (EXIF, read with exiv2): when, where, looking which way.

#include "core/model/result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace atlas::gis {

struct PhotoMetadata {
    QDateTime taken;  // DateTimeOriginal (camera local time, no zone)
    std::optional<double> lon, lat;
    std::optional<double> direction;  // GPSImgDirection, degrees
};

// Reads the EXIF block; a photo without EXIF gives empty metadata, an unreadable file an error.
core::Result<PhotoMetadata> readPhotoMetadata(const QString& path);

}  // namespace atlas::gis
