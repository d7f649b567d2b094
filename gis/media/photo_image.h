#pragma once
// A photo decoded for the screen (thumbnails, the gallery, web bundles): HEIC/HEIF through
// libheif (phones' default format, which Qt cannot read), everything else through Qt, turned
// upright by its orientation, at most `maxSide` pixels on its longer side (0: full size).

#include "core/model/result.h"

#include <QImage>
#include <QString>

namespace atlas::gis {

core::Result<QImage> readPhoto(const QString& path, int maxSide = 0);
// Whether the file's content is HEIF (HEIC, HEIF or AVIF brands in its `ftyp` box).
bool isHeifFile(const QString& path);

}  // namespace atlas::gis
