#pragma once
// Brings a file into the mediatheque: copied into the media store, recorded in the atlas,
// optionally attached to a fiche or placed as a new landmark fiche at its GPS position.

#include "core/model/media_item.h"
#include "core/model/observation.h"
#include "core/model/result.h"

#include <QPointF>
#include <QUuid>
#include <optional>

namespace atlas::gis {

class MediaStore;
class ObservationStore;

struct MediaImportOptions {
    QUuid attachTo;             // a fiche to link the media to; null: none
    bool placeFiches = false;   // a geotagged photo makes a landmark fiche at its position
    // With placeFiches: a file without a GPS position makes its landmark here (WGS 84
    // lon/lat where it was dropped on the map); unset, such files make no fiche.
    std::optional<QPointF> placeUnlocatedAt = std::nullopt;
    QString caption, credits, licence;
};

struct MediaImportOutcome {
    core::MediaItem media;                      // as recorded
    std::optional<core::Observation> fiche;     // the landmark made by placeFiches
};

// All atlas writes of one file happen in one transaction: on failure the atlas is unchanged.
core::Result<MediaImportOutcome> importMedia(ObservationStore& store, const MediaStore& files, const QString& path,
                                             const MediaImportOptions& options = {});

}  // namespace atlas::gis
