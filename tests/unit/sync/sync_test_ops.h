#pragma once
// Short builders for sync ops and records in tests: who, what, based on which version, when.

#include "core/sync/sync_merge.h"

namespace atlas::test {

// Fixed replicas so that tie-breaks are predictable ("a" < "b" < "c" as UUID strings).
QUuid replicaA();
QUuid replicaB();
QUuid replicaC();
// 2026-01-01 00:00 UTC plus `minutes`.
QDateTime minute(int minutes);
// The record every test starts from: a fiche inserted by replica A at minute 0.
QUuid fiche();

core::SyncOp insertOp(const QUuid& replica, const QJsonObject& fields, int atMinute);
core::SyncOp updateOp(const QUuid& replica, int base, const QString& field, const QJsonValue& oldValue,
                      const QJsonValue& newValue, int atMinute);
core::SyncOp deleteOp(const QUuid& replica, int base, int atMinute);
core::SyncOp restoreOp(const QUuid& replica, int base, int atMinute);

// The server record after inserting {"title_fr": "t0", "description_fr": "d0"} (version 1).
core::SyncRecord baseRecord();

}  // namespace atlas::test
