#include "gis/print/print_sheet.h"

#include "core/model/translate.h"
#include "gis/crs/crs_catalog.h"
#include "gis/print/legend_symbol.h"
#include "gis/print/map_decorations.h"
#include "gis/print/pdf_file.h"
#include "gis/print/sheet_layout.h"
#include "gis/print/sheet_painter.h"
#include "gis/print/vector_map_painter.h"
#include "gis/render/attribution_painter.h"
#include "gis/render/map_renderer.h"

#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace atlas::gis {
namespace {

// Everything drawn from data, made before the page is opened so a cancel writes nothing.
struct SheetContent {
    SheetLayout layout;
    QList<LegendEntry> legend;
    MapSettings map;
    RenderResult mapImage;
    SheetScale scale;
    double northAngle = 0;
    QRectF inset;      // mm on the page; empty for none
    QImage insetImage;
    QRectF insetView;  // the view outlined in the inset, mm on the page
};

QSize pixelsOf(const QSizeF& mm, int dpi)
{
    return {std::max(1, qRound(mm.width() * dpi / 25.4)), std::max(1, qRound(mm.height() * dpi / 25.4))};
}

core::Error cancelledError(const QString& path)
{
    return core::Error{path, {}, tr("printing cancelled")};
}

// `vectorMap`: the map is left to paintVectorMap() on the page; only its settings are made.
core::Result<SheetContent> prepare(const QList<RenderLayer>& layers, const PrintOptions& o, const QString& path,
                                   const std::atomic<bool>& cancel, const PrintProgress& progress, bool vectorMap)
{
    if (o.extent.isNull() || o.extent.width() <= 0 || o.extent.height() <= 0)
        return core::Error{path, {}, tr("the map view is empty: the atlas has no extent to print")};
    if (o.dpi < 72 || o.dpi > 1200)
        return core::Error{path, {}, tr("the resolution must be between 72 and 1200 dpi")};
    const int steps = o.inset ? 4 : 3;
    const auto report = [&](int done, const QString& step) {
        if (progress)
            progress(done, steps, step);
    };
    SheetContent c;
    report(0, tr("Reading the legend"));
    if (o.legend)
        c.legend = withThematicRows(legendEntries(layers));  // categories and classes as rows
    c.layout = layoutSheet(pageSizeMm(o.paper, o.orientation), !o.subtitle.isEmpty(), o.legend, int(c.legend.size()));
    if (cancel.load())
        return cancelledError(path);

    report(1, tr("Drawing the map"));
    c.map.crs = o.crs;
    c.map.dpi = o.dpi;
    c.map.outputSize = pixelsOf(c.layout.map.size(), o.dpi);
    c.map.extent = o.extent;
    c.map = c.map.fitted();
    if (!vectorMap)
        c.mapImage = renderMap(layers, c.map, cancel);
    if (c.mapImage.cancelled || cancel.load())
        return cancelledError(path);
    if (QPainter credits(&c.mapImage.image); credits.isActive())  // basemap licences: on paper too
        paintAttribution(credits, c.mapImage.image.rect(), attributionsOf(layers), o.dpi);
    c.scale = sheetScale(c.map.extent, o.crs, c.layout.map.width(), c.layout.map.width() / 4);
    c.northAngle = o.northArrow ? trueNorthAngle(c.map.extent, o.crs) : 0;

    if (o.inset) {
        report(2, tr("Drawing the overview"));
        const core::Extent all = extentOfLayers(layers, o.crs).united(c.map.extent).buffered(0.05);
        const QRectF& m = c.layout.map;
        const double width = m.width() * 0.28;
        const double height = std::min(m.height() * 0.35, width * all.height() / all.width());
        c.inset = QRectF(m.left() + 3, m.bottom() - 3 - height, width, height);
        MapSettings overview;
        overview.crs = o.crs;
        overview.dpi = o.dpi / 2.0;  // smaller symbols: the overview is a miniature
        overview.outputSize = pixelsOf(c.inset.size(), o.dpi);
        overview.extent = all;
        overview = overview.fitted();
        const RenderResult r = renderMap(layers, overview, cancel);
        if (r.cancelled || cancel.load())
            return cancelledError(path);
        c.insetImage = r.image;
        const double sx = c.inset.width() / overview.extent.width(), sy = c.inset.height() / overview.extent.height();
        const core::Extent& v = c.map.extent;
        c.insetView = QRectF(c.inset.left() + (v.xMin - overview.extent.xMin) * sx,
                             c.inset.top() + (overview.extent.yMax - v.yMax) * sy, v.width() * sx, v.height() * sy);
    }
    report(steps - 1, tr("Writing the page"));
    return c;
}

// `vectors`: the layers, drawn as paths into the map frame (else the map image is drawn).
void paintSheet(QPainter& painter, double pixelsPerMm, SheetContent& c, const PrintOptions& o,
                const QList<RenderLayer>* vectors = nullptr, const std::atomic<bool>* cancel = nullptr)
{
    SheetPainter sheet(painter, pixelsPerMm);
    sheet.drawTitle(c.layout.title, o.title, o.subtitle);
    if (vectors && cancel) {
        const QRectF& mm = c.layout.map;
        const VectorMapResult drawn = paintVectorMap(
            painter, QRectF(mm.topLeft() * pixelsPerMm, mm.size() * pixelsPerMm), *vectors, c.map, *cancel);
        c.mapImage.featuresDrawn = drawn.featuresDrawn;
        c.mapImage.errors = drawn.errors;
        painter.save();  // basemap licences: on paper too
        painter.setClipRect(QRectF(mm.topLeft() * pixelsPerMm, mm.size() * pixelsPerMm));
        paintAttribution(painter, QRectF(mm.topLeft() * pixelsPerMm, mm.size() * pixelsPerMm).toRect(),
                         attributionsOf(*vectors), pixelsPerMm * 25.4);
        painter.restore();
    }
    sheet.drawMap(c.layout.map, c.mapImage.image);
    if (!c.inset.isEmpty())
        sheet.drawInset(c.inset, c.insetImage, c.insetView);
    if (o.northArrow)
        sheet.drawNorthArrow(c.layout.map, c.northAngle);
    if (o.legend)
        sheet.drawLegend(c.layout.legend, c.legend, c.layout.legendColumns);
    if (o.scaleBar)
        sheet.drawScaleBar(c.layout.footer, c.scale);
    const QString date = QLocale().toString(o.date, QLocale::LongFormat);
    sheet.drawFooterText(c.layout.footer, o.attribution, QStringLiteral("%1 · %2").arg(date, crsName(o.crs)));
}

// The last progress step and the report of a written sheet.
PrintReport finished(const SheetContent& c, const PrintOptions& o, const QString& path, const PrintProgress& progress)
{
    if (progress)
        progress(o.inset ? 4 : 3, o.inset ? 4 : 3, tr("Done"));
    return PrintReport{path, c.layout.page.size(), c.scale.denominator, c.mapImage.featuresDrawn, c.mapImage.errors};
}

}  // namespace

core::Result<PrintReport> printSheetToPdf(const QList<RenderLayer>& layers, const PrintOptions& options,
                                          const QString& path, const std::atomic<bool>& cancel,
                                          const PrintProgress& progress)
{
    auto content = prepare(layers, options, path, cancel, progress, /*vectorMap=*/true);
    if (!content)
        return content.error();
    SheetContent& c = content.value();
    const QPageLayout page(QPageSize(c.layout.page.size(), QPageSize::Millimeter), QPageLayout::Portrait,
                           QMarginsF(0, 0, 0, 0));
    if (auto s = writePdfFile(path, page, options.dpi, options.title,
                              [&](QPainter& painter, QPdfWriter&) {
                                  paintSheet(painter, options.dpi / 25.4, c, options, &layers, &cancel);
                              },
                              &cancel);
        !s)
        return s.error();
    return finished(c, options, path, progress);
}

core::Result<PrintReport> printSheetToPng(const QList<RenderLayer>& layers, const PrintOptions& options,
                                          const QString& path, const std::atomic<bool>& cancel,
                                          const PrintProgress& progress)
{
    auto content = prepare(layers, options, path, cancel, progress, /*vectorMap=*/false);
    if (!content)
        return content.error();
    SheetContent& c = content.value();
    QImage page(pixelsOf(c.layout.page.size(), options.dpi), QImage::Format_RGB32);
    page.fill(Qt::white);
    const int dotsPerMetre = qRound(options.dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMetre);
    page.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&page);
        paintSheet(painter, options.dpi / 25.4, c, options);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !page.save(&file, "PNG") || !file.commit())
        return core::Error{path, {}, tr("cannot write the file: %1").arg(file.errorString())};
    return finished(c, options, path, progress);
}

}  // namespace atlas::gis
