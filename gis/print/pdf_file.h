#pragma once
// Writes a PDF through QPdfWriter into a file that replaces the target only when whole:
// the caller paints, this owns the file, the writer and their errors.

#include "core/model/result.h"

#include <QPageLayout>
#include <atomic>
#include <functional>

class QPainter;
class QPdfWriter;

namespace atlas::gis {

// `paint` draws the pages (QPdfWriter::newPage for more). Errors name `path`. When
// `cancel` is set once painting is over, nothing is written (an older file stays).
core::Status writePdfFile(const QString& path, const QPageLayout& layout, int dpi, const QString& title,
                          const std::function<void(QPainter&, QPdfWriter&)>& paint,
                          const std::atomic<bool>* cancel = nullptr);

}  // namespace atlas::gis
