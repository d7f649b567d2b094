#pragma once
// OGC API Features pieces that are not HTTP: fiches as GeoJSON features, and the bbox and
// datetime query parameters parsed strictly (an error message names what is wrong).

#include "storage/server_store.h"

#include <QJsonObject>
#include <optional>

namespace atlas::server {

// A fiche as a GeoJSON Feature: id = uuid, geometry, the content fields as properties.
QJsonObject featureJson(const FicheRecord& fiche);

// "minLon,minLat,maxLon,maxLat" (or the 6-number 3D form); error text on failure.
core::Result<BoundingBox> parseBbox(const QString& text);

// An instant ("2024-05-01", "2024-05-01T10:00:00Z") or an interval "start/end" with ".." or
// empty for an open end. Fiches are dated by day: times are reduced to their date.
struct DateRange {
    QDate from, to;
};
core::Result<DateRange> parseDatetime(const QString& text);

}  // namespace atlas::server
