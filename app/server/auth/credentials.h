#pragma once
// Passwords (Argon2id through libsodium) and session tokens (32 random bytes, kept hashed).

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace atlas::server {

// Initialises libsodium once; false if the library cannot start (no entropy source).
bool initCredentials();

// The Argon2id string (salt and parameters inside) for `password`.
core::Result<QString> hashPassword(const QByteArray& password);
bool verifyPassword(const QString& hash, const QByteArray& password);
// The hash of a random password, made once with the same parameters: a login for an unknown
// account is checked against it, so it takes as long as a wrong password for a real one.
const QString& dummyPasswordHash();

// A new session token, as sent to the client (64 hex characters).
QString newSessionToken();
// What the store keeps of a token: its SHA-256, hex. The token itself is never stored.
QString tokenDigest(const QString& token);

// Reads a password from a file (first line, without its line ending); empty ones refused.
core::Result<QByteArray> readPasswordFile(const QString& path);

}  // namespace atlas::server
