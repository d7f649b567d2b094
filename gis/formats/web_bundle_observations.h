#pragma once
// Writes the fiches of the observatory as a layer of a web bundle: popup cards with kind,
// titles and descriptions (FR/NL), themes, date, commune, photos and links, and the photos
// themselves (thumbnail and full size) copied into the bundle's media/ folder.

#include "core/model/extent.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>

namespace atlas::gis {

struct WebObservationsRequest {
    QString atlasPath;
    QString bundleDir;           // media go to bundleDir/media
    bool onlyPublished = true;   // published fiches with a public scope only
    bool stripPhotoMetadata = true;  // re-encode photos: no EXIF (GPS position, camera) leaves
    int clusterAbove = 40;
    int decimals = 6;
};

struct WebObservationsJson {
    QByteArray json;  // the layer object; empty when the atlas has no fiche to export
    qint64 features = 0;
    int photos = 0;
    core::Extent bounds = core::Extent::null();
    QStringList warnings;  // media that could not be copied
};

core::Result<WebObservationsJson> writeObservationsJson(const WebObservationsRequest& request,
                                                        const std::atomic<bool>* cancel);

}  // namespace atlas::gis
