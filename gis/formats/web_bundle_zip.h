#pragma once
// Packs a bundle folder into a .zip (minizip) that unpacks to a folder of the same name.

#include "core/model/result.h"

#include <QString>
#include <atomic>

namespace atlas::gis {

// Writes every file under `dir` into `zipPath` (replaced atomically), under the folder
// name of `dir`. PNG tiles are stored, text is deflated.
core::Status zipFolder(const QString& dir, const QString& zipPath, const std::atomic<bool>* cancel);

}  // namespace atlas::gis
