#pragma once
// What a printed map sheet shows: paper, view, texts and which decorations; a value
// copied into the worker that draws the sheet.

#include "core/model/extent.h"

#include <QDate>
#include <QSizeF>
#include <QString>
#include <optional>

namespace atlas::gis {

enum class PaperSize { A4, A3 };
enum class PaperOrientation { Portrait, Landscape };

struct PrintOptions {
    PaperSize paper = PaperSize::A4;
    PaperOrientation orientation = PaperOrientation::Landscape;
    QString title;
    QString subtitle;     // one line under the title; empty for none
    QString attribution;  // sources and licence, printed at the foot of the sheet
    QDate date = QDate::currentDate();
    QString crs = QStringLiteral("EPSG:2154");
    core::Extent extent = core::Extent::null();  // the view; centred and widened to the frame
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool inset = false;  // a small overview of all layers with the view outlined
    int dpi = 300;       // of the map image inside the PDF, and of the PNG
};

// The paper size in millimetres, turned by the orientation.
QSizeF pageSizeMm(PaperSize paper, PaperOrientation orientation);

// "A4"/"A3" and "portrait"/"landscape" to values and back (CLI and settings).
std::optional<PaperSize> paperSizeFromName(const QString& name);
std::optional<PaperOrientation> orientationFromName(const QString& name);
QString paperSizeName(PaperSize paper);

}  // namespace atlas::gis
