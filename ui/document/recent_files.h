#pragma once
// The recently opened atlases, most recent first, kept in QSettings.

#include <QStringList>

namespace atlas::ui {

QStringList recentFiles();
void addRecentFile(const QString& path);
void clearRecentFiles();

}  // namespace atlas::ui
