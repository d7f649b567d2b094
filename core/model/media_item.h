#pragma once
// A file of the mediatheque (photo, document, video, audio) and what is known about it.

#include "core/model/record_identity.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace atlas::core {

struct MediaItem {
    RecordIdentity identity;
    QString sha256;    // hex; names the file in the media store
    QString fileName;  // the name it was imported under
    QString mime;
    qint64 size = 0;
    QString title, caption, credits, licence;
    QDateTime taken;  // EXIF date for photos, else empty
    std::optional<double> lon, lat;
    std::optional<double> direction;  // degrees from north the camera looked towards

    static MediaItem create();
    bool hasPosition() const { return lon.has_value() && lat.has_value(); }
    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
};

}  // namespace atlas::core
