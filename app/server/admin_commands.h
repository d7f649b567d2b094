#pragma once
// The admin commands (user add/passwd/list, group add, group member add), on the same store
// as the server. Each prints one line of result on stdout or one error on stderr.

#include "storage/server_store.h"

#include <QStringList>

namespace atlas::server {

// `args`: the command words and their arguments ("user", "add", "NAME", "--password-file", "F").
// Returns the process exit status: 0 done, 1 failed, 2 bad usage.
int runAdminCommand(ServerStore& store, const QStringList& args);

// Account and group names: 1-64 of [A-Za-z0-9_.-], so they are safe in URLs and logs.
bool isValidName(const QString& name);

}  // namespace atlas::server
