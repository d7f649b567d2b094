#pragma once
// Reads a PDF back with poppler's command-line tools, as a reader would see it:
// page count and size from pdfinfo, a page rendered to an image by pdftoppm.

#include <QImage>
#include <QSizeF>
#include <QString>

namespace atlas::test {

struct PdfInfo {
    bool ok = false;
    QString error;  // what went wrong when !ok
    int pages = 0;
    QSizeF pageSizePt;  // of the first page
};

PdfInfo pdfInfo(const QString& pdfPath);
// The first page at `dpi`; a null image (and `error`) when pdftoppm fails.
QImage renderPdfPage(const QString& pdfPath, int dpi, QString* error);

// Share of pixels of `area` that are not (near) white, 0..1.
double inkCoverage(const QImage& image, const QRect& area);
// Number of distinct colours in `area` (after dropping the 4 low bits), up to `cap`.
int colourCount(const QImage& image, const QRect& area, int cap = 1000);

}  // namespace atlas::test
