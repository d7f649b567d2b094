// atlas-cli render: draws an atlas or any GDAL-readable file to a PNG, with the
// same renderer as the map canvas.

#include "cli_support.h"
#include "gis/crs/crs_catalog.h"
#include "gis/datasource/file_probe.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/render/attribution_painter.h"
#include "gis/render/map_renderer.h"
#include "gis/store/atlas_store.h"

#include <QPainter>
#include <QRegularExpression>

namespace atlas::cli {

int runRender(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output PNG."), QStringLiteral("OUT.png")});
    p.addOption({QStringLiteral("size"), QStringLiteral("Image size (default 1024x768)."), QStringLiteral("WxH"),
                 QStringLiteral("1024x768")});
    p.addOption({QStringLiteral("extent"), QStringLiteral("Map extent in the output CRS."),
                 QStringLiteral("minx,miny,maxx,maxy")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("Output CRS (default: the source's)."), QStringLiteral("EPSG:n")});
    p.addOption({QStringLiteral("dpi"), QStringLiteral("Resolution the style sizes are drawn at (default 96)."),
                 QStringLiteral("dpi"), QStringLiteral("96")});
    const QString usage = QStringLiteral("render SOURCE -o OUT.png [--size WxH] [--extent minx,miny,maxx,maxy] [--crs EPSG:n] [--dpi N]");
    if (!parseOrExplain(p, args, 1, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("output")))
        return fail(QStringLiteral("missing -o OUT.png (usage: atlas-cli %1)").arg(usage));

    const auto size = QRegularExpression(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$")).match(p.value(QStringLiteral("size")));
    if (!size.hasMatch() || size.captured(1).toInt() < 1 || size.captured(2).toInt() < 1)
        return fail(QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1024x768"));

    bool dpiOk = false;
    const double dpi = p.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    if (!dpiOk || dpi < 24 || dpi > 1200)
        return fail(QStringLiteral("--dpi must be a number from 24 to 1200"));

    const QString source = p.positionalArguments().first();
    QList<gis::RenderLayer> layers;
    QString crs;
    core::Extent extent = core::Extent::null();
    if (gis::isAtlasFile(source)) {
        auto doc = gis::loadAtlas(source);
        if (!doc)
            return fail(doc.error());
        layers = gis::renderLayersOf(doc.value(), source);
        crs = doc.value().crs;
        extent = doc.value().initialView;
    } else {
        auto specs = gis::layerSpecsFromFile(source, 0);
        if (!specs)
            return fail(specs.error());
        core::AtlasDocument doc;
        doc.layers = specs.value();
        layers = gis::renderLayersOf(doc, source);
        auto probe = gis::probeFile(source);
        crs = probe && !probe.value().layers.isEmpty() ? probe.value().layers.first().crs : QString();
        if (crs.isEmpty())
            crs = QStringLiteral("EPSG:4326");
    }
    if (p.isSet(QStringLiteral("crs"))) {
        const QString wanted = p.value(QStringLiteral("crs"));
        if (!gis::crsIsKnown(wanted))
            return fail(QStringLiteral("unknown CRS '%1'").arg(wanted));
        if (wanted != crs)
            extent = core::Extent::null();  // the source's view is in another CRS
        crs = wanted;
    }
    if (p.isSet(QStringLiteral("extent"))) {
        extent = core::Extent::parse(p.value(QStringLiteral("extent")));
        if (extent.isNull())
            return fail(QStringLiteral("--extent must be four numbers minx,miny,maxx,maxy with min < max"));
    }
    if (extent.isNull())
        extent = gis::extentOfLayers(layers, crs).buffered(0.02);

    gis::MapSettings settings;
    settings.crs = crs;
    settings.dpi = dpi;
    settings.outputSize = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    settings.extent = extent;
    settings = settings.fitted();
    const std::atomic<bool> never{false};
    gis::RenderResult result = gis::renderMap(layers, settings, never);
    if (QPainter painter(&result.image); painter.isActive())
        gis::paintAttribution(painter, result.image.rect(), gis::attributionsOf(layers), settings.dpi);
    const QString output = p.value(QStringLiteral("output"));
    if (!result.image.save(output, "PNG"))
        return fail(core::Error{output, {}, QStringLiteral("cannot write the image")});
    for (const core::Error& e : result.errors + result.warnings)
        err() << "atlas-cli: warning: " << e.message() << Qt::endl;
    out() << "rendered " << layers.size() << " layer(s), " << result.featuresDrawn << " feature(s) in "
          << result.elapsedMs << " ms to " << output << "\nextent: " << settings.extent.toString() << " (" << crs
          << ")" << Qt::endl;
    return result.errors.isEmpty() ? 0 : 1;
}

}  // namespace atlas::cli
