#pragma once
// Media records as JSON, field by field: for the change log and the sync.

#include "core/model/media_item.h"

#include <QJsonObject>

namespace atlas::core {

// The described fields (sha256, file_name, mime, size, title, caption, credits, licence,
// taken, lon, lat, direction); identity aside.
QJsonObject mediaToJson(const MediaItem& media);
// The reverse, onto `identity`; missing keys are empty.
MediaItem mediaFromJson(const QJsonObject& json, const RecordIdentity& identity);

}  // namespace atlas::core
