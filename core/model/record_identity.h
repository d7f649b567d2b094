#pragma once
// The identity every shareable record carries: UUID, version, modified time, tombstone.

#include <QDateTime>
#include <QUuid>

namespace atlas::core {

struct RecordIdentity {
    QUuid uuid;
    int version = 1;
    QDateTime modified;  // UTC
    bool deleted = false;

    static RecordIdentity create();
    // A new version of the same record, stamped now.
    void touch();
};

}  // namespace atlas::core
