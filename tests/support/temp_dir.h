#pragma once
// A fresh temporary folder per test, removed at the end; files are written into it by
// relative path so that tests read like the folder layout they build.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace atlas::test {

class TempDir {
public:
    TempDir();  // throws if the folder cannot be made: Catch reports it as a failure

    QString path() const { return m_dir.path(); }
    // Absolute path of `relative` inside the folder (nothing is created).
    QString filePath(const QString& relative) const;
    // Creates the sub-folder `relative` (and its parents); returns its absolute path.
    QString makeDir(const QString& relative) const;
    // Writes `content` to `relative`, creating parent folders; returns the absolute path.
    QString writeFile(const QString& relative, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

// The whole content of a file; empty if it cannot be read.
QByteArray readAll(const QString& path);
// "sha256:<hex> (<n> bytes)" of a file, or "missing": compact to compare and to print.
QString fileDigest(const QString& path);

}  // namespace atlas::test
