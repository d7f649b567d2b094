#include "support/temp_dir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace atlas::test {

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/atlas-test-XXXXXX"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder: " + m_dir.errorString().toStdString());
}

QString TempDir::filePath(const QString& relative) const
{
    return QDir::cleanPath(m_dir.filePath(relative));
}

QString TempDir::makeDir(const QString& relative) const
{
    const QString p = filePath(relative);
    if (!QDir().mkpath(p))
        throw std::runtime_error("cannot create folder " + p.toStdString());
    return p;
}

QString TempDir::writeFile(const QString& relative, const QByteArray& content) const
{
    const QString p = filePath(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        throw std::runtime_error("cannot write " + p.toStdString());
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("missing");
    const QByteArray bytes = f.readAll();
    return QStringLiteral("sha256:%1 (%2 bytes)")
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
        .arg(bytes.size());
}

}  // namespace atlas::test
