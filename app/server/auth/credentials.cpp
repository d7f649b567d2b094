#include "auth/credentials.h"

#include <QCryptographicHash>
#include <QFile>
#include <sodium.h>

namespace atlas::server {

bool initCredentials()
{
    return sodium_init() >= 0;
}

core::Result<QString> hashPassword(const QByteArray& password)
{
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: a login must stay well under a second on a small server.
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return core::Error{{}, QStringLiteral("password"), QStringLiteral("out of memory while hashing the password")};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const QByteArray& password)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

const QString& dummyPasswordHash()
{
    static const QString hash = [] {
        auto h = hashPassword(newSessionToken().toLatin1());
        return h ? h.value() : QString();
    }();
    return hash;
}

QString newSessionToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QString tokenDigest(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

core::Result<QByteArray> readPasswordFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error{path, {}, QStringLiteral("cannot read the password file: %1").arg(f.errorString())};
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return core::Error{path, QStringLiteral("line 1"), QStringLiteral("the password is empty")};
    return line;
}

}  // namespace atlas::server
