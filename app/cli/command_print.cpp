// atlas-cli print: the atlas's current view as a printed map sheet (PDF, or PNG at
// 300 dpi) with title, legend, scale bar, north arrow, attribution and date.

#include "cli_support.h"
#include "gis/print/print_sheet.h"
#include "gis/render/render_layer.h"
#include "gis/store/atlas_store.h"

#include <QDate>

namespace atlas::cli {

int runPrint(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("size"), QStringLiteral("Paper: A4 (default) or A3."), QStringLiteral("A4|A3"),
                 QStringLiteral("A4")});
    p.addOption({QStringLiteral("orientation"), QStringLiteral("portrait or landscape (default)."),
                 QStringLiteral("portrait|landscape"), QStringLiteral("landscape")});
    p.addOption({QStringLiteral("title"), QStringLiteral("Title (default: the atlas's)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("subtitle"), QStringLiteral("A line under the title."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("attribution"), QStringLiteral("Sources and licence at the foot of the sheet."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("extent"), QStringLiteral("The view in the atlas CRS (default: its saved view)."),
                 QStringLiteral("minx,miny,maxx,maxy")});
    p.addOption({QStringLiteral("inset"), QStringLiteral("Add an overview map with the view outlined.")});
    p.addOption({QStringLiteral("no-legend"), QStringLiteral("Leave the legend out.")});
    p.addOption({QStringLiteral("png"), QStringLiteral("Write a PNG at the resolution instead of a PDF.")});
    p.addOption({QStringLiteral("dpi"), QStringLiteral("Resolution of the map image and PNG (default 300)."),
                 QStringLiteral("N"), QStringLiteral("300")});
    const QString usage = QStringLiteral(
        "print ATLAS OUT.pdf [--size A4|A3] [--orientation portrait|landscape] [--title T] [--png] [--inset]");
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;

    gis::PrintOptions o;
    const auto paper = gis::paperSizeFromName(p.value(QStringLiteral("size")));
    if (!paper)
        return fail(QStringLiteral("--size must be A4 or A3, not '%1'").arg(p.value(QStringLiteral("size"))));
    const auto orientation = gis::orientationFromName(p.value(QStringLiteral("orientation")));
    if (!orientation)
        return fail(QStringLiteral("--orientation must be portrait or landscape, not '%1'")
                        .arg(p.value(QStringLiteral("orientation"))));
    bool dpiOk = false;
    o.dpi = p.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk || o.dpi < 72 || o.dpi > 1200)
        return fail(QStringLiteral("--dpi must be a whole number from 72 to 1200"));
    o.paper = *paper;
    o.orientation = *orientation;

    const QString atlasPath = p.positionalArguments().at(0);
    const QString output = p.positionalArguments().at(1);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    const QList<gis::RenderLayer> layers = gis::renderLayersOf(doc.value(), atlasPath);
    o.crs = doc.value().crs;
    o.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title")) : doc.value().title;
    o.subtitle = p.value(QStringLiteral("subtitle"));
    o.attribution = p.value(QStringLiteral("attribution"));
    o.legend = !p.isSet(QStringLiteral("no-legend"));
    o.inset = p.isSet(QStringLiteral("inset"));
    o.extent = doc.value().initialView;
    if (p.isSet(QStringLiteral("extent"))) {
        o.extent = core::Extent::parse(p.value(QStringLiteral("extent")));
        if (o.extent.isNull())
            return fail(QStringLiteral("--extent must be four numbers minx,miny,maxx,maxy with min < max"));
    }
    if (o.extent.isNull())
        o.extent = gis::extentOfLayers(layers, o.crs).buffered(0.02);

    const std::atomic<bool> never{false};
    const auto report = p.isSet(QStringLiteral("png")) ? gis::printSheetToPng(layers, o, output, never)
                                                       : gis::printSheetToPdf(layers, o, output, never);
    if (!report)
        return fail(report.error());
    for (const core::Error& e : report.value().warnings)
        err() << "atlas-cli: warning: " << e.message() << Qt::endl;
    const QSizeF page = report.value().pageMm;
    out() << "printed " << layers.size() << " layer(s), " << report.value().featuresDrawn << " feature(s) on "
          << gis::paperSizeName(o.paper) << " " << page.width() << "x" << page.height() << " mm at 1:"
          << qRound64(report.value().scaleDenominator) << " to " << output << Qt::endl;
    return report.value().warnings.isEmpty() ? 0 : 1;
}

}  // namespace atlas::cli
