// atlas-cli layer add|style|view: edits the layer list and view of an atlas (add-basemap and new: their own files).

#include "cli_support.h"
#include "gis/crs/crs_catalog.h"
#include "gis/crs/crs_transform.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/render/layer_classifier.h"
#include "core/model/colour_ramp.h"
#include "gis/store/atlas_store.h"
#include "raster_style_options.h"
#include "vector_style_options.h"

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

// --categorized / --graduated / --single: the layer's thematic classification, built from its data.
int classifyLayer(const QCommandLineParser& p, const QString& atlasPath, core::LayerSpec& layer)
{
    const bool categorized = p.isSet(QStringLiteral("categorized")), graduated = p.isSet(QStringLiteral("graduated"));
    if (p.isSet(QStringLiteral("single"))) {
        if (categorized || graduated)
            return fail(QStringLiteral("--single cannot be combined with --categorized or --graduated"));
        layer.style.thematic = {};
        return 0;
    }
    if (!categorized && !graduated) {
        if (layer.kind == core::LayerKind::Raster)
            return 0;  // --ramp is the raster's own (raster_style_options)
        for (const char* o : {"classes", "method", "ramp"})
            if (p.isSet(QString::fromLatin1(o)))
                return fail(QStringLiteral("--%1 needs --categorized or --graduated").arg(QString::fromLatin1(o)));
        return 0;
    }
    if (categorized && graduated)
        return fail(QStringLiteral("choose --categorized or --graduated, not both"));
    if (layer.kind != core::LayerKind::Vector)
        return fail(core::Error{atlasPath, layer.name, QStringLiteral("only vector layers can be categorized or graduated")});
    const QStringList ramps = categorized ? core::qualitativeRampNames() : core::sequentialRampNames();
    QString ramp = p.value(QStringLiteral("ramp"));
    if (ramp.isEmpty())
        ramp = ramps.first();
    if (!core::isRampName(ramp))
        return fail(QStringLiteral("--ramp: unknown ramp '%1' (%2)").arg(ramp, (core::sequentialRampNames() + core::qualitativeRampNames()).join(QStringLiteral(", "))));
    auto source = gis::openLayerSource(layer.isOwnedByAtlas() ? atlasPath : layer.sourcePath, layer.sourceLayer,
                                       layer.kind);
    if (!source)
        return fail(source.error());
    core::Result<core::StyleClassification> thematic = core::StyleClassification{};
    if (categorized) {
        thematic = gis::categorizeLayer(*source.value(), p.value(QStringLiteral("categorized")), ramp);
    } else {
        bool ok = true;
        const int classes = p.isSet(QStringLiteral("classes")) ? p.value(QStringLiteral("classes")).toInt(&ok) : 5;
        if (!ok || classes < 1 || classes > 32)
            return fail(QStringLiteral("--classes must be a whole number from 1 to 32"));
        core::ClassMethod method = core::ClassMethod::Quantile;
        if (p.isSet(QStringLiteral("method")) && !core::classMethodFromName(p.value(QStringLiteral("method")), method))
            return fail(QStringLiteral("--method must be equal, quantile or jenks"));
        thematic = gis::graduateLayer(*source.value(), p.value(QStringLiteral("graduated")), classes, method, ramp);
    }
    if (!thematic) {
        core::Error e = thematic.error();
        e.file = layer.isOwnedByAtlas() ? atlasPath : layer.sourcePath;
        e.location = layer.name + QStringLiteral(", field ") + e.location;
        return fail(e);
    }
    layer.style.thematic = thematic.value();
    return 0;
}

int styleLayer(const QStringList& args)
{
    QCommandLineParser p;
    const QString colour = QStringLiteral("#rrggbb or #aarrggbb");
    p.addOption({QStringLiteral("fill"), QStringLiteral("Fill colour."), colour});
    p.addOption({QStringLiteral("stroke"), QStringLiteral("Stroke colour."), colour});
    p.addOption({QStringLiteral("stroke-width"), QStringLiteral("Stroke width (in --unit, pixels by default)."), QStringLiteral("w")});
    p.addOption({QStringLiteral("marker-size"), QStringLiteral("Marker size (in --unit, pixels by default)."), QStringLiteral("size")});
    p.addOption({QStringLiteral("opacity"), QStringLiteral("Layer opacity 0..1."), QStringLiteral("o")});
    p.addOption({QStringLiteral("label"), QStringLiteral("Field shown as label (empty: none)."), QStringLiteral("field")});
    p.addOption({QStringLiteral("hide"), QStringLiteral("Hide the layer.")});
    p.addOption({QStringLiteral("show"), QStringLiteral("Show the layer.")});
    p.addOption({QStringLiteral("categorized"), QStringLiteral("One colour per distinct value of this field."), QStringLiteral("field")});
    p.addOption({QStringLiteral("graduated"), QStringLiteral("Colour classes of this numeric field."), QStringLiteral("field")});
    p.addOption({QStringLiteral("classes"), QStringLiteral("Number of classes for --graduated (default 5)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("method"), QStringLiteral("equal, quantile (default) or jenks, for --graduated."), QStringLiteral("method")});
    p.addOption({QStringLiteral("ramp"), QStringLiteral("Colour ramp: Viridis, YlOrRd, Blues, Greens, Reds, RdYlGn, Terrain, Greys; Tableau, Set2, Paired (rasters: the first eight)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("single"), QStringLiteral("Back to a single symbol.")});
    addVectorStyleOptions(p);
    addRasterStyleOptions(p);
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
    if (const int rc = applyVectorStyleOptions(p, *layer); rc != 0)
        return rc;
    if (p.isSet(QStringLiteral("label")))
        s.labelField = p.value(QStringLiteral("label"));
    if (p.isSet(QStringLiteral("hide")) || p.isSet(QStringLiteral("show")))
        layer->visible = p.isSet(QStringLiteral("show"));
    if (const int rc = classifyLayer(p, atlasPath, *layer); rc != 0)
        return rc;
    if (const int rc = applyRasterStyleOptions(p, atlasPath, *layer); rc != 0)
        return rc;
    if (auto st = gis::saveAtlas(atlasPath, doc.value()); !st)
        return fail(st.error());
    out() << "styled layer '" << name << "'";
    const core::StyleClassification& t = layer->style.thematic;
    if (t.kind == core::ClassificationKind::Categorized)
        out() << ": " << t.categories.size() << " categories of " << t.field;
    else if (t.kind == core::ClassificationKind::Graduated)
        out() << ": " << t.classes.size() << " classes of " << t.field << " (" << core::classMethodName(t.method) << ")";
    else if (layer->kind == core::LayerKind::Raster)
        out() << ": " << describeRasterStyle(layer->style.raster);
    out() << Qt::endl;
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
    if (sub == QLatin1String("add-basemap"))
        return runLayerAddBasemap(args.mid(1));
    if (sub == QLatin1String("new"))
        return runLayerNew(args.mid(1));
    return fail(QStringLiteral("usage: atlas-cli layer add|add-basemap|new|style|view ... (see atlas-cli layer SUB --help)"));
}

}  // namespace atlas::cli
