#include "gis/formats/web_bundle_zip.h"

#include "core/model/translate.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace atlas::gis {
namespace {

zip_fileinfo fileInfo(const QDateTime& modified)
{
    zip_fileinfo info{};
    const QDate d = modified.date();
    const QTime t = modified.time();
    info.tmz_date.tm_year = uInt(d.year());
    info.tmz_date.tm_mon = uInt(d.month() - 1);
    info.tmz_date.tm_mday = uInt(d.day());
    info.tmz_date.tm_hour = uInt(t.hour());
    info.tmz_date.tm_min = uInt(t.minute());
    info.tmz_date.tm_sec = uInt(t.second());
    return info;
}

}  // namespace

core::Status zipFolder(const QString& dir, const QString& zipPath, const std::atomic<bool>* cancel)
{
    const QString partial = zipPath + QStringLiteral(".partial");
    QFile::remove(partial);
    zipFile zf = zipOpen64(QFile::encodeName(partial).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return core::Error{zipPath, {}, tr("cannot create the zip file")};

    const QDir root(dir);
    const QString prefix = QFileInfo(dir).fileName() + QLatin1Char('/');
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();  // same bundle, same zip
    core::Error error;
    for (const QString& path : files) {
        if (cancel && cancel->load()) {
            error = core::Error{zipPath, {}, tr("export cancelled")};
            break;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            error = core::Error{path, {}, tr("cannot read the file: %1").arg(in.errorString())};
            break;
        }
        const QByteArray bytes = in.readAll();
        const QByteArray name = (prefix + root.relativeFilePath(path)).toUtf8();
        const bool stored = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
        const zip_fileinfo info = fileInfo(QFileInfo(path).lastModified());
        if (zipOpenNewFileInZip64(zf, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION,
                                  bytes.size() > 0x7fffffff) != ZIP_OK ||
            zipWriteInFileInZip(zf, bytes.constData(), unsigned(bytes.size())) != ZIP_OK ||
            zipCloseFileInZip(zf) != ZIP_OK) {
            error = core::Error{zipPath, QString::fromUtf8(name), tr("cannot write into the zip file")};
            break;
        }
    }
    const bool closed = zipClose(zf, nullptr) == ZIP_OK;
    if (error.reason.isEmpty() && !closed)
        error = core::Error{zipPath, {}, tr("cannot finish the zip file")};
    if (!error.reason.isEmpty()) {
        QFile::remove(partial);
        return error;
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partial, zipPath)) {
        QFile::remove(partial);
        return core::Error{zipPath, {}, tr("cannot move the zip file into place")};
    }
    return core::Done{};
}

}  // namespace atlas::gis
