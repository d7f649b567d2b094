#pragma once
// What the sync protocol may carry: its version and, per shared table, the fields a record
// has. Both sides refuse anything else with a message naming the difference.

#include "core/model/result.h"

#include <QJsonValue>
#include <QStringList>

namespace atlas::core {

// Bumped whenever a message or a record field changes meaning; peers must be equal.
inline constexpr int kSyncProtocolVersion = 1;

// The shared tables: "observations", "media", "observation_media".
const QStringList& syncTables();
// The fields of a record of `table` ("deleted" included); empty for an unknown table.
// observation_media records are keyed by the fiche: each field is a media UUID, value true.
const QStringList& syncFields(const QString& table);
// Checks that `field` may hold `value` in `table`; the error says which and why.
Status checkSyncField(const QString& table, const QString& field, const QJsonValue& value);
// Refuses a peer speaking another protocol version, naming both versions.
Status checkSyncProtocol(int theirs, const QString& peer);

}  // namespace atlas::core
