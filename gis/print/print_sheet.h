#pragma once
// A printed map sheet: lays out and draws title, map, legend, scale bar, north arrow,
// inset, attribution and date on a page, to PDF (QPdfWriter) or to a PNG image.
// Runs on any thread; the map is drawn by paintVectorMap (PDF) or renderMap (PNG).

#include "core/model/error.h"
#include "core/model/result.h"
#include "gis/print/print_options.h"
#include "gis/render/render_layer.h"

#include <QImage>
#include <QList>
#include <atomic>
#include <functional>

namespace atlas::gis {

// Called from the drawing thread: steps done, steps in all, what is being done.
using PrintProgress = std::function<void(int done, int total, const QString& step)>;

struct PrintReport {
    QString path;
    QSizeF pageMm;
    double scaleDenominator = 0;
    qint64 featuresDrawn = 0;
    QList<core::Error> warnings;  // layers that could not be drawn
};

// Writes a one-page PDF, all vector: text, frames, legend, scale bar, north arrow and the
// map's vector layers as paths in their styles (raster layers and the inset are images
// at options.dpi). Nothing is written if cancelled.
core::Result<PrintReport> printSheetToPdf(const QList<RenderLayer>& layers, const PrintOptions& options,
                                          const QString& path, const std::atomic<bool>& cancel,
                                          const PrintProgress& progress = {});

// The same sheet as a PNG at options.dpi (its resolution recorded in the file).
core::Result<PrintReport> printSheetToPng(const QList<RenderLayer>& layers, const PrintOptions& options,
                                          const QString& path, const std::atomic<bool>& cancel,
                                          const PrintProgress& progress = {});

}  // namespace atlas::gis
