#pragma once
// The admin commands (user add/passwd/list, group add, group member add, layer import/list), on the same store
// as the server. Each prints one line of result on stdout or one error on stderr.

#include "storage/server_store.h"

#include <QStringList>
#include <QTextStream>

namespace atlas::server {

// `args`: the command words and their arguments ("user", "add", "NAME", "--password-file", "F").
// Returns the process exit status: 0 done, 1 failed, 2 bad usage.
int runAdminCommand(ServerStore& store, const QStringList& args);

// `layer import|list ...` (admin_layer_commands.cpp).
int runLayerCommand(ServerStore& store, const QStringList& args);

// What the commands share: stdout, an error (exit status 1), a usage error (2), and the value
// after `option` in `args`, removing both (empty when absent).
QTextStream& adminOut();
int adminFail(const QString& message);
int adminUsage(const QString& message);
QString takeOption(QStringList& args, const QString& option);

// Account and group names: 1-64 of [A-Za-z0-9_.-], so they are safe in URLs and logs.
bool isValidName(const QString& name);

}  // namespace atlas::server
