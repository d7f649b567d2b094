#pragma once
// Fiches from a CSV table of places (name,country,lon,lat,kind,title_nl,title_fr,source),
// as the Partons 2.0 list is kept. Each row has a stable UUID, so importing again only adds
// the rows not seen before (edits and deletions made in the atlas stay).

#include "core/model/observation.h"
#include "core/model/result.h"

#include <QList>
#include <QString>

namespace atlas::gis {

class ObservationStore;

// Reads every row; the first bad row ("FILE: line N: reason") fails the whole file.
core::Result<QList<core::Observation>> readObservationCsv(const QString& path);

// Reads and saves all new rows in one transaction; returns how many fiches were written.
core::Result<int> importObservationCsv(ObservationStore& store, const QString& path,
                                       core::ObservationStatus status = core::ObservationStatus::Published,
                                       core::SharingScope scope = core::SharingScope::Public);

}  // namespace atlas::gis
