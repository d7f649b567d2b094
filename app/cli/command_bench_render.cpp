// atlas-cli bench render: the reference frames of the benchmark protocol (full extent,
// 1 % zoom, 20 pans at 1920x1080) over each file, timed frame by frame.

#include "cli_support.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/datasource/file_probe.h"
#include "gis/render/layer_classifier.h"
#include "gis/render/map_renderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace atlas::cli {
namespace {

struct FrameTimes {
    QList<double> full, zoom, pan;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double maximum(const QList<double>& v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// --categorized / --graduated: the same frames with a thematic style, to compare with one symbol.
int benchThematic(const QCommandLineParser& p, const QString& file, core::LayerSpec& layer)
{
    const bool categorized = p.isSet(QStringLiteral("categorized"));
    if (!categorized && !p.isSet(QStringLiteral("graduated")))
        return 0;
    auto source = gis::openLayerSource(file, layer.sourceLayer, layer.kind);
    if (!source)
        return fail(source.error());
    auto thematic = categorized
                        ? gis::categorizeLayer(*source.value(), p.value(QStringLiteral("categorized")), QStringLiteral("Tableau"))
                        : gis::graduateLayer(*source.value(), p.value(QStringLiteral("graduated")), 5,
                                             core::ClassMethod::Quantile, QStringLiteral("Viridis"));
    if (!thematic)
        return fail(thematic.error());
    layer.style.thematic = thematic.value();
    return 0;
}

}  // namespace

int runBenchRender(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Vector files to render."));
    p.addOption({QStringLiteral("png"), QStringLiteral("Save each frame into this folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("categorized"), QStringLiteral("Time a categorized style on this field instead of one symbol."), QStringLiteral("field")});
    p.addOption({QStringLiteral("graduated"), QStringLiteral("Time a graduated style (5 quantile classes) on this numeric field."), QStringLiteral("field")});
    p.addOption({QStringLiteral("exact"), QStringLiteral("Draw every frame from the data (no level-of-detail copy).")});
    p.addHelpOption();
    if (!p.parse(args.mid(1)) || p.positionalArguments().isEmpty())
        return fail(QStringLiteral("usage: atlas-cli bench render FILE... [--png DIR] [--categorized FIELD | --graduated FIELD] [--exact]"));

    // The protocol's frames, in the data's CRS (EPSG:4326): see ../shared/bench/README.md.
    const core::Extent full{2.0, 50.3, 3.5, 51.4};
    const double area = full.width() * full.height() * 0.01;
    const double zh = std::sqrt(area * 9 / 16), zw = zh * 16 / 9;
    const QPointF c = full.center();
    for (const QString& file : p.positionalArguments()) {
        auto specs = gis::layerSpecsFromFile(file, 0);
        if (!specs)
            return fail(specs.error());
        core::AtlasDocument doc;
        doc.layers = specs.value();
        // The reference style: one symbol, marker 1 mm, hairline strokes.
        for (core::LayerSpec& l : doc.layers) {
            l.style.markerSize = 3.78;
            l.style.strokeWidth = 0.98;
            l.style.fill = QColor(166, 206, 227);
            l.style.stroke = QColor(31, 120, 180);
            if (const int rc = benchThematic(p, file, l); rc != 0)
                return rc;
        }
        const QList<gis::RenderLayer> layers = gis::renderLayersOf(doc, file);
        gis::MapSettings settings;
        settings.crs = QStringLiteral("EPSG:4326");
        settings.outputSize = QSize(1920, 1080);
        settings.levelOfDetail = !p.isSet(QStringLiteral("exact"));
        FrameTimes times;
        int frame = 0;
        const std::atomic<bool> never{false};
        auto render = [&](const core::Extent& e, QList<double>& into) {
            settings.extent = e;
            QElapsedTimer t;
            t.start();
            const gis::RenderResult r = gis::renderMap(layers, settings, never);
            into << t.nsecsElapsed() / 1e6;
            if (p.isSet(QStringLiteral("png")))
                r.image.save(QStringLiteral("%1/frame_%2.png").arg(p.value(QStringLiteral("png"))).arg(frame, 2, 10, QLatin1Char('0')));
            ++frame;
            return r.errors.isEmpty();
        };
        for (int i = 0; i < 3; ++i)
            if (!render(full, times.full))
                return fail(core::Error{file, {}, QStringLiteral("the layer could not be drawn")});
        const core::Extent zoom{c.x() - zw / 2, c.y() - zh / 2, c.x() + zw / 2, c.y() + zh / 2};
        for (int i = 0; i < 3; ++i)
            render(zoom, times.zoom);
        core::Extent pan = zoom;
        for (int i = 0; i < 20; ++i) {
            const double dx = i < 10 ? zw * 0.25 : 0, dy = i < 10 ? 0 : -zh * 0.25;
            pan = {pan.xMin + dx, pan.yMin + dy, pan.xMax + dx, pan.yMax + dy};
            render(pan, times.pan);
        }
        auto list = [](const QList<double>& v) {
            QJsonArray a;
            for (double d : v)
                a << std::round(d * 10) / 10;
            return a;
        };
        const QJsonObject json{{QStringLiteral("file"), file},
                               {QStringLiteral("full_ms"), list(times.full)},
                               {QStringLiteral("zoom_ms"), list(times.zoom)},
                               {QStringLiteral("pan_ms"), list(times.pan)},
                               {QStringLiteral("full_median_ms"), median(times.full)},
                               {QStringLiteral("zoom_median_ms"), median(times.zoom)},
                               {QStringLiteral("pan_median_ms"), median(times.pan)},
                               {QStringLiteral("pan_max_ms"), maximum(times.pan)},
                               {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024}};
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}

}  // namespace atlas::cli
