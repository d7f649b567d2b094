#pragma once
// A fiche sent by a client, checked strictly before anything is stored: known fields only,
// each of the right type and size, geometry as hex WKB or GeoJSON (longitude/latitude).

#include "core/model/observation.h"
#include "core/model/result.h"

#include <QJsonObject>

namespace atlas::server {

// Builds the observation from `json`. With `base` (an update) absent fields keep the base's
// values; without it (a create) they take the defaults and "kind" is required. The error's
// location names the field.
core::Result<core::Observation> ficheFromClient(const QJsonObject& json, const core::Observation* base);

// WKB -> GeoJSON geometry object; null when `wkb` is empty or unreadable.
QJsonValue wkbToGeoJson(const QByteArray& wkb);

}  // namespace atlas::server
