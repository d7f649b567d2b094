#include "raster_style_options.h"

#include "cli_support.h"
#include "core/model/colour_ramp.h"
#include "gis/datasource/raster_statistics.h"

namespace atlas::cli {
namespace {

const QStringList kRasterOptions = {QStringLiteral("render"), QStringLiteral("band"), QStringLiteral("range"),
                                    QStringLiteral("shade"), QStringLiteral("no-shade"), QStringLiteral("azimuth"),
                                    QStringLiteral("altitude"), QStringLiteral("z-factor")};

// A number in [lo, hi] from option `name`; false after printing why.
bool numberOption(const QCommandLineParser& p, const QString& name, double lo, double hi, double& into)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < lo || v > hi) {
        fail(QStringLiteral("--%1 must be a number from %2 to %3").arg(name).arg(lo).arg(hi));
        return false;
    }
    into = v;
    return true;
}

}  // namespace

void addRasterStyleOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("render"), QStringLiteral("Raster: auto (own colours), grey, ramp or hillshade."),
                 QStringLiteral("type")});
    p.addOption({QStringLiteral("band"), QStringLiteral("Raster: the band drawn (from 1)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("range"),
                 QStringLiteral("Raster: values at the ends of the ramp or grey stretch, or 'auto' for the band's own."),
                 QStringLiteral("min,max")});
    p.addOption({QStringLiteral("shade"), QStringLiteral("Raster: shade the colour ramp with the hillshade.")});
    p.addOption({QStringLiteral("no-shade"), QStringLiteral("Raster: a flat colour ramp.")});
    p.addOption({QStringLiteral("azimuth"), QStringLiteral("Hillshade: direction of the light, degrees from north (315)."),
                 QStringLiteral("deg")});
    p.addOption({QStringLiteral("altitude"), QStringLiteral("Hillshade: height of the light above the horizon (45)."),
                 QStringLiteral("deg")});
    p.addOption({QStringLiteral("z-factor"), QStringLiteral("Hillshade: exaggeration of heights (1)."),
                 QStringLiteral("z")});
}

int applyRasterStyleOptions(const QCommandLineParser& p, const QString& atlasPath, core::LayerSpec& layer)
{
    bool any = false;
    for (const QString& o : kRasterOptions)
        any = any || p.isSet(o);
    if (!any && !(layer.kind == core::LayerKind::Raster && p.isSet(QStringLiteral("ramp"))))
        return 0;
    if (layer.kind != core::LayerKind::Raster)
        return fail(core::Error{atlasPath, layer.name, QStringLiteral("--render, --band, --range, --shade, --azimuth, "
                                                                      "--altitude and --z-factor are for raster layers")});
    core::RasterStyle& r = layer.style.raster;
    if (p.isSet(QStringLiteral("render")) && !core::rasterRenderFromName(p.value(QStringLiteral("render")), r.render))
        return fail(QStringLiteral("--render must be auto, grey, ramp or hillshade"));
    if (p.isSet(QStringLiteral("ramp"))) {
        const QString ramp = p.value(QStringLiteral("ramp"));
        const QStringList ramps = core::sequentialRampNames();
        qsizetype i = ramps.size() - 1;
        while (i >= 0 && ramps.at(i).compare(ramp, Qt::CaseInsensitive) != 0)
            --i;
        if (i < 0)
            return fail(QStringLiteral("--ramp: '%1' is not a ramp for rasters (%2)").arg(ramp, ramps.join(QStringLiteral(", "))));
        r.ramp = ramps.at(i);
        if (!p.isSet(QStringLiteral("render")) && r.render == core::RasterRender::Auto)
            r.render = core::RasterRender::Ramp;  // asking for a ramp means drawing one
    }
    if (p.isSet(QStringLiteral("band"))) {
        bool ok = false;
        const int band = p.value(QStringLiteral("band")).toInt(&ok);
        const QString path = layer.sourcePath;
        const int count = gis::rasterBandCount(path);
        if (!ok || band < 1 || band > count)
            return fail(core::Error{path, layer.name, QStringLiteral("--band must be from 1 to %1").arg(count)});
        r.band = band;
    }
    if (p.isSet(QStringLiteral("range"))) {
        const QString v = p.value(QStringLiteral("range"));
        const QStringList parts = v.split(QLatin1Char(','));
        bool okLo = false, okHi = false;
        const double lo = parts.value(0).toDouble(&okLo), hi = parts.value(1).toDouble(&okHi);
        if (v == QLatin1String("auto")) {
            r.customRange = false;
        } else if (parts.size() == 2 && okLo && okHi && lo < hi) {
            r.customRange = true;
            r.minimum = lo;
            r.maximum = hi;
        } else {
            return fail(QStringLiteral("--range must be 'auto' or two numbers min,max with min < max"));
        }
    }
    if (p.isSet(QStringLiteral("shade")) && p.isSet(QStringLiteral("no-shade")))
        return fail(QStringLiteral("choose --shade or --no-shade, not both"));
    if (p.isSet(QStringLiteral("shade")) || p.isSet(QStringLiteral("no-shade")))
        r.shade = p.isSet(QStringLiteral("shade"));
    if (!numberOption(p, QStringLiteral("azimuth"), 0, 360, r.azimuth) ||
        !numberOption(p, QStringLiteral("altitude"), 0, 90, r.altitude) ||
        !numberOption(p, QStringLiteral("z-factor"), 0.000001, 1e6, r.zFactor))
        return 1;
    return 0;
}

QString describeRasterStyle(const core::RasterStyle& r)
{
    const QString range = r.customRange ? QStringLiteral("%1 - %2").arg(r.minimum).arg(r.maximum)
                                        : QStringLiteral("the band's range");
    switch (r.render) {
    case core::RasterRender::Grey:
        return QStringLiteral("grey band %1 over %2").arg(r.band).arg(range);
    case core::RasterRender::Ramp:
        return QStringLiteral("ramp %1 of band %2 over %3%4")
            .arg(r.ramp)
            .arg(r.band)
            .arg(range, r.shade ? QStringLiteral(" (shaded)") : QString());
    case core::RasterRender::Hillshade:
        return QStringLiteral("hillshade of band %1 (light from %2° at %3°, z-factor %4)")
            .arg(r.band)
            .arg(r.azimuth)
            .arg(r.altitude)
            .arg(r.zFactor);
    case core::RasterRender::Auto: break;
    }
    return QStringLiteral("its own colours");
}

}  // namespace atlas::cli
