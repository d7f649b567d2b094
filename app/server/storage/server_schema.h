#pragma once
// The server's database schema: numbered migrations, the same tables on SpatiaLite and on
// PostgreSQL/PostGIS (only types and the geometry column differ).

#include "storage/sql_connection.h"

namespace atlas::server {

// The schema version this build writes.
int serverSchemaVersion();

// Brings the database up to serverSchemaVersion(), one transaction per migration. A database
// written by a newer server is refused with both versions in the message.
core::Status migrateServerSchema(SqlConnection& db);

}  // namespace atlas::server
