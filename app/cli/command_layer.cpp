// atlas-cli layer add|style|view: edits the layer list and view of an atlas.

#include "cli_support.h"
#include "gis/crs/crs_catalog.h"
#include "gis/crs/crs_transform.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/store/atlas_store.h"

namespace atlas::cli {
namespace {

int addLayers(const QStringList& args)
{
    QCommandLineParser p;
    if (!parseOrExplain(p, args, 2, QStringLiteral("layer add ATLAS FILE")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    auto specs = gis::layerSpecsFromFile(p.positionalArguments().at(1), int(doc.value().layers.size()));
    if (!specs)
        return fail(specs.error());
    doc.value().layers << specs.value();
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s)
        return fail(s.error());
    for (const core::LayerSpec& l : specs.value())
        out() << "added layer '" << l.name << "'\n";
    out() << Qt::flush;
    return 0;
}

int styleLayer(const QStringList& args)
{
    QCommandLineParser p;
    const QString colour = QStringLiteral("#rrggbb or #aarrggbb");
    p.addOption({QStringLiteral("fill"), QStringLiteral("Fill colour."), colour});
    p.addOption({QStringLiteral("stroke"), QStringLiteral("Stroke colour."), colour});
    p.addOption({QStringLiteral("stroke-width"), QStringLiteral("Stroke width in pixels."), QStringLiteral("px")});
    p.addOption({QStringLiteral("marker-size"), QStringLiteral("Marker size in pixels."), QStringLiteral("px")});
    p.addOption({QStringLiteral("marker"), QStringLiteral("circle, square, triangle or diamond."), QStringLiteral("shape")});
    p.addOption({QStringLiteral("opacity"), QStringLiteral("Layer opacity 0..1."), QStringLiteral("o")});
    p.addOption({QStringLiteral("label"), QStringLiteral("Field shown as label (empty: none)."), QStringLiteral("field")});
    p.addOption({QStringLiteral("hide"), QStringLiteral("Hide the layer.")});
    p.addOption({QStringLiteral("show"), QStringLiteral("Show the layer.")});
    if (!parseOrExplain(p, args, 2, QStringLiteral("layer style ATLAS LAYER [options]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    const QString name = p.positionalArguments().at(1);
    core::LayerSpec* layer = nullptr;
    for (core::LayerSpec& l : doc.value().layers)
        if (l.name == name)
            layer = &l;
    if (!layer)
        return fail(core::Error{atlasPath, name, QStringLiteral("no layer of that name")});
    core::LayerStyle& s = layer->style;
    for (const auto& [option, target] : {std::pair{QStringLiteral("fill"), &s.fill}, std::pair{QStringLiteral("stroke"), &s.stroke}}) {
        if (!p.isSet(option))
            continue;
        const QColor c = QColor::fromString(p.value(option));
        if (!c.isValid())
            return fail(QStringLiteral("--%1: '%2' is not a colour").arg(option, p.value(option)));
        *target = c;
    }
    for (const auto& [option, target, max] : {std::tuple{QStringLiteral("stroke-width"), &s.strokeWidth, 50.0},
                                              std::tuple{QStringLiteral("marker-size"), &s.markerSize, 200.0},
                                              std::tuple{QStringLiteral("opacity"), &s.opacity, 1.0}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const double v = p.value(option).toDouble(&ok);
        if (!ok || v < 0 || v > max)
            return fail(QStringLiteral("--%1 must be a number from 0 to %2").arg(option).arg(max));
        *target = v;
    }
    if (p.isSet(QStringLiteral("marker"))) {
        static const QStringList shapes = {QStringLiteral("circle"), QStringLiteral("square"),
                                           QStringLiteral("triangle"), QStringLiteral("diamond")};
        const qsizetype i = shapes.indexOf(p.value(QStringLiteral("marker")));
        if (i < 0)
            return fail(QStringLiteral("--marker must be one of %1").arg(shapes.join(QStringLiteral(", "))));
        s.marker = core::MarkerShape(i);
    }
    if (p.isSet(QStringLiteral("label")))
        s.labelField = p.value(QStringLiteral("label"));
    if (p.isSet(QStringLiteral("hide")) || p.isSet(QStringLiteral("show")))
        layer->visible = p.isSet(QStringLiteral("show"));
    if (auto st = gis::saveAtlas(atlasPath, doc.value()); !st)
        return fail(st.error());
    out() << "styled layer '" << name << "'" << Qt::endl;
    return 0;
}

int setView(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("extent"), QStringLiteral("Initial view."), QStringLiteral("minx,miny,maxx,maxy")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("CRS of --extent (default: the atlas CRS)."), QStringLiteral("EPSG:n")});
    if (!parseOrExplain(p, args, 1, QStringLiteral("layer view ATLAS --extent minx,miny,maxx,maxy [--crs EPSG:n]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString atlasPath = p.positionalArguments().at(0);
    auto doc = gis::loadAtlas(atlasPath);
    if (!doc)
        return fail(doc.error());
    core::Extent extent = core::Extent::parse(p.value(QStringLiteral("extent")));
    if (extent.isNull())
        return fail(QStringLiteral("--extent must be four numbers minx,miny,maxx,maxy with min < max"));
    const QString from = p.isSet(QStringLiteral("crs")) ? p.value(QStringLiteral("crs")) : doc.value().crs;
    const gis::CrsTransform t(from, doc.value().crs);
    if (!t.isValid())
        return fail(t.errorString());
    doc.value().initialView = t.transformExtent(extent);
    if (auto s = gis::saveAtlas(atlasPath, doc.value()); !s)
        return fail(s.error());
    out() << "view set to " << doc.value().initialView.toString() << " (" << doc.value().crs << ")" << Qt::endl;
    return 0;
}

}  // namespace

int runLayer(const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return addLayers(args.mid(1));
    if (sub == QLatin1String("style"))
        return styleLayer(args.mid(1));
    if (sub == QLatin1String("view"))
        return setView(args.mid(1));
    return fail(QStringLiteral("usage: atlas-cli layer add|style|view ... (see atlas-cli layer SUB --help)"));
}

}  // namespace atlas::cli
