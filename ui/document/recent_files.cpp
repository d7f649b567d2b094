#include "ui/document/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace atlas::ui {
namespace {
const QString kKey = QStringLiteral("files/recent");
constexpr int kMaxRecent = 10;
}  // namespace

QStringList recentFiles()
{
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    return files;
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(kKey, files.mid(0, kMaxRecent));
}

void clearRecentFiles()
{
    QSettings().remove(kKey);
}

}  // namespace atlas::ui
