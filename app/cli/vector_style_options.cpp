#include "vector_style_options.h"

#include "cli_support.h"
#include "gis/render/marker_icon.h"

#include <QFileInfo>

namespace atlas::cli {
namespace {

// An enum option read by name; false after printing the names accepted.
template <typename E>
bool namedOption(const QCommandLineParser& p, const QString& option, bool (*fromName)(const QString&, E&),
                 const QStringList& names, E& into)
{
    if (!p.isSet(option))
        return true;
    if (fromName(p.value(option), into))
        return true;
    fail(QStringLiteral("--%1 must be one of %2").arg(option, names.join(QStringLiteral(", "))));
    return false;
}

// "1000-250000" (1:1000 to 1:250000), either end 0 or empty for open, "1:" prefixes allowed; "any" opens both.
bool scaleRangeOption(const QCommandLineParser& p, const QString& option, core::ScaleRange& into)
{
    if (!p.isSet(option))
        return true;
    const QString value = p.value(option).trimmed();
    if (value == QLatin1String("any")) {
        into = {};
        return true;
    }
    const QStringList ends = value.split(QLatin1Char('-'));
    double bound[2] = {0, 0};
    bool ok = ends.size() == 2;
    for (int i = 0; ok && i < 2; ++i) {
        QString end = ends[i].trimmed();
        if (end.startsWith(QLatin1String("1:")))
            end = end.mid(2);
        if (!end.isEmpty())
            bound[i] = end.toDouble(&ok);
        ok = ok && bound[i] >= 0 && bound[i] <= 1e9;
    }
    if (!ok || (bound[1] > 0 && bound[0] > bound[1])) {
        fail(QStringLiteral("--%1 must be MIN-MAX scale denominators (e.g. 1000-250000, 0 for no limit) or 'any'").arg(option));
        return false;
    }
    into = {bound[0], bound[1]};
    return true;
}

// A built-in icon by name, "none", or an SVG file that can be drawn (kept as an absolute path;
// the atlas stores it relative to itself).
bool iconOption(const QCommandLineParser& p, QString& into)
{
    const QString option = QStringLiteral("marker-svg");
    if (!p.isSet(option))
        return true;
    const QString value = p.value(option);
    if (value == QLatin1String("none")) {
        into.clear();
        return true;
    }
    QString path = gis::builtinMarkerIconPath(value);
    if (path.isEmpty())
        path = QFileInfo(value).absoluteFilePath();
    if (QString why; !gis::markerIconUsable(path, &why)) {
        fail(QStringLiteral("--marker-svg: %1 (built-in icons: %2)").arg(why, gis::builtinMarkerIcons().join(QStringLiteral(", "))));
        return false;
    }
    into = path;
    return true;
}

}  // namespace

void addVectorStyleOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("marker"), QStringLiteral("circle, square, triangle or diamond."), QStringLiteral("shape")});
    p.addOption({QStringLiteral("marker-svg"),
                 QStringLiteral("Point icon: a built-in one (church, tree, star, flag, pin, house), an SVG file, or none."),
                 QStringLiteral("icon")});
    p.addOption({QStringLiteral("dash"), QStringLiteral("Stroke: solid, dash, dot or dash-dot."), QStringLiteral("dash")});
    p.addOption({QStringLiteral("unit"), QStringLiteral("Unit of --stroke-width and --marker-size: px (1/96 inch) or mm."),
                 QStringLiteral("unit")});
    p.addOption({QStringLiteral("blend"),
                 QStringLiteral("How the layer is laid over those below: normal, multiply, screen, overlay, darken or lighten."),
                 QStringLiteral("mode")});
    p.addOption({QStringLiteral("scales"),
                 QStringLiteral("Draw the layer only between these scales, e.g. 1000-250000 (0: no limit; 'any')."),
                 QStringLiteral("min-max")});
    p.addOption({QStringLiteral("label-scales"), QStringLiteral("Show labels only between these scales (as --scales)."),
                 QStringLiteral("min-max")});
    p.addOption({QStringLiteral("label-priority"),
                 QStringLiteral("Labels of a higher priority win collisions with other layers' (-100..100, default 0)."),
                 QStringLiteral("n")});
}

int applyVectorStyleOptions(const QCommandLineParser& p, core::LayerSpec& layer)
{
    core::LayerStyle& s = layer.style;
    if (!namedOption(p, QStringLiteral("marker"), core::markerShapeFromName, core::markerShapeNames(), s.marker) ||
        !namedOption(p, QStringLiteral("dash"), core::strokeDashFromName, core::strokeDashNames(), s.dash) ||
        !namedOption(p, QStringLiteral("unit"), core::sizeUnitFromName, core::sizeUnitNames(), s.sizeUnit) ||
        !namedOption(p, QStringLiteral("blend"), core::blendModeFromName, core::blendModeNames(), s.blend) ||
        !scaleRangeOption(p, QStringLiteral("scales"), s.visibleScales) ||
        !scaleRangeOption(p, QStringLiteral("label-scales"), s.labelScales) || !iconOption(p, s.markerSvg))
        return 1;
    if (p.isSet(QStringLiteral("label-priority"))) {
        bool ok = false;
        const int priority = p.value(QStringLiteral("label-priority")).toInt(&ok);
        if (!ok || priority < -100 || priority > 100)
            return fail(QStringLiteral("--label-priority must be a whole number from -100 to 100"));
        s.labelPriority = priority;
    }
    return 0;
}

}  // namespace atlas::cli
