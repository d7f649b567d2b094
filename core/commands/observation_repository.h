#pragma once
// Where the observation commands write: the atlas store implements it (gis), tests may too.
// Each call is one transaction that also writes the change log.

#include "core/model/observation.h"
#include "core/model/result.h"

namespace atlas::core {

class ObservationRepository {
public:
    virtual ~ObservationRepository() = default;
    // Makes `observation` the current state of its record (insert, update, or undelete
    // of a tombstone). Returns what was stored: new version, time, commune filled in.
    virtual Result<Observation> saveObservation(const Observation& observation) = 0;
    // Turns the record into a tombstone.
    virtual Status removeObservation(const QUuid& uuid) = 0;
    // The record, tombstones included.
    virtual Result<Observation> observation(const QUuid& uuid) = 0;
};

}  // namespace atlas::core
