#pragma once
// Rows of the server's sync tables as the push and the pull read them: fiches as sync
// records, compact JSON text, the change feed's table names.

#include "core/sync/sync_record.h"
#include "storage/sql_connection.h"

#include <QJsonObject>

namespace atlas::server {

extern const QString kObservations;

// The change feed names fiches "fiches", as the REST routes write them.
QString feedTable(const QString& table);
QString compactJson(const QJsonObject& o);
QJsonObject parseJson(const QString& text);
// A fiche row read as columns body, version, modified, deleted, group_id, author_id.
core::SyncRecord recordFromFiche(const QUuid& uuid, const SqlRow& r);

}  // namespace atlas::server
