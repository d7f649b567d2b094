// The cartographic parts of a layer style (dash, size unit, SVG icon, blending, scale ranges, label
// priority): their names, how the atlas stores them (old styles still read, bad values fall back),
// and the helpers the renderer, the print and the web bundle share.

#include "gis/render/line_label.h"
#include "gis/render/marker_icon.h"
#include "gis/render/stroke_style.h"
#include "gis/store/style_codec.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>

using namespace atlas;

TEST_CASE("style enum names read back and refuse unknown names", "[gis][style]")
{
    for (const QString& n : core::strokeDashNames()) {
        core::StrokeDash d = core::StrokeDash::Solid;
        CHECK(core::strokeDashFromName(n, d));
        CHECK(QString::fromLatin1(core::strokeDashName(d)) == n);
    }
    for (const QString& n : core::blendModeNames()) {
        core::BlendMode b = core::BlendMode::Normal;
        CHECK(core::blendModeFromName(n, b));
        CHECK(QString::fromLatin1(core::blendModeName(b)) == n);
    }
    CHECK(core::strokeDashNames().size() == 4);
    CHECK(core::blendModeNames().size() == 6);
    core::StrokeDash d = core::StrokeDash::Dot;
    CHECK_FALSE(core::strokeDashFromName(QStringLiteral("wavy"), d));
    CHECK(d == core::StrokeDash::Dot);  // left alone
    core::SizeUnit u = core::SizeUnit::Pixels;
    CHECK(core::sizeUnitFromName(QStringLiteral("mm"), u));
    CHECK(u == core::SizeUnit::Millimetres);
}

TEST_CASE("a scale range holds the scales between its ends, 0 leaving an end open", "[gis][style]")
{
    const core::ScaleRange r{1000, 50000};
    CHECK(r.contains(1000));
    CHECK(r.contains(25000));
    CHECK_FALSE(r.contains(999));
    CHECK_FALSE(r.contains(50001));
    CHECK(core::ScaleRange{0, 50000}.contains(1));
    CHECK(core::ScaleRange{1000, 0}.contains(1e9));
    CHECK(core::ScaleRange{}.isOpen());
}

TEST_CASE("millimetres and pixels turn into device pixels by the dpi", "[gis][style]")
{
    core::LayerStyle s;
    CHECK(s.pixelsPerUnit(96) == Approx(1.0));
    CHECK(s.pixelsPerUnit(192) == Approx(2.0));
    s.sizeUnit = core::SizeUnit::Millimetres;
    CHECK(s.pixelsPerUnit(96) == Approx(96 / 25.4));
    CHECK(s.pixelsPerUnit(300) == Approx(300 / 25.4));
}

TEST_CASE("the cartographic style survives the atlas codec; old and damaged styles still read", "[gis][style]")
{
    core::LayerStyle s;
    s.dash = core::StrokeDash::DashDot;
    s.sizeUnit = core::SizeUnit::Millimetres;
    s.markerSvg = QStringLiteral(":/markers/church.svg");
    s.blend = core::BlendMode::Multiply;
    s.visibleScales = {5000, 250000};
    s.labelField = QStringLiteral("name");
    s.labelPriority = 7;
    s.labelScales = {0, 100000};
    CHECK(gis::decodeStyle(gis::encodeStyle(s)) == s);

    SECTION("a plain style writes none of the new keys, so older builds read it unchanged")
    {
        const QString json = gis::encodeStyle(core::LayerStyle{});
        for (const char* key : {"dash", "sizeUnit", "markerSvg", "blend", "scales", "labelPriority", "labelScales"})
            CHECK_FALSE(json.contains(QString::fromLatin1(key)));
    }
    SECTION("a style written before these keys existed reads with their defaults")
    {
        const core::LayerStyle old = gis::decodeStyle(QStringLiteral(
            R"({"fill":"#ff112233","stroke":"#ff445566","strokeWidth":1.5,"markerSize":9,"marker":"square","opacity":0.8,"labelField":"nom"})"));
        CHECK(old.marker == core::MarkerShape::Square);
        CHECK(old.dash == core::StrokeDash::Solid);
        CHECK(old.sizeUnit == core::SizeUnit::Pixels);
        CHECK(old.blend == core::BlendMode::Normal);
        CHECK(old.visibleScales.isOpen());
        CHECK(old.labelPriority == 0);
        CHECK(old.strokeWidth == 1.5);
    }
    SECTION("unknown names, reversed ranges and absurd sizes fall back instead of failing")
    {
        const core::LayerStyle bad = gis::decodeStyle(QStringLiteral(
            R"({"dash":"wavy","sizeUnit":"furlong","blend":"dissolve","marker":"hexagon","markerSize":1e12,"strokeWidth":-3,)"
            R"("scales":{"min":90000,"max":100},"labelScales":{"min":"x","max":-5},"labelPriority":1e9})"));
        const core::LayerStyle plain;
        CHECK(bad.dash == plain.dash);
        CHECK(bad.sizeUnit == plain.sizeUnit);
        CHECK(bad.blend == plain.blend);
        CHECK(bad.marker == plain.marker);
        CHECK(bad.markerSize == plain.markerSize);
        CHECK(bad.strokeWidth == plain.strokeWidth);
        CHECK(bad.visibleScales.isOpen());
        CHECK(bad.labelScales.isOpen());
        CHECK(bad.labelPriority == 1000);
    }
}

TEST_CASE("an icon file is stored relative to the atlas and read back absolute", "[gis][style]")
{
    test::TempDir dir;
    const QString base = dir.filePath(QStringLiteral("atlas"));
    QDir().mkpath(base);
    core::LayerStyle s;
    s.markerSvg = dir.filePath(QStringLiteral("icons/well.svg"));
    const QString json = gis::encodeStyle(s, base);
    CHECK(json.contains(QStringLiteral("../icons/well.svg")));
    CHECK(gis::decodeStyle(json, base).markerSvg == QDir::cleanPath(s.markerSvg));
    // The atlas moved with its icons: the path follows.
    const QString moved = dir.filePath(QStringLiteral("elsewhere/atlas"));
    CHECK(gis::decodeStyle(json, moved).markerSvg == dir.filePath(QStringLiteral("elsewhere/icons/well.svg")));
    // A built-in icon is kept as it is.
    s.markerSvg = gis::builtinMarkerIconPath(QStringLiteral("tree"));
    CHECK(gis::decodeStyle(gis::encodeStyle(s, base), base).markerSvg == QStringLiteral(":/markers/tree.svg"));
}

TEST_CASE("built-in icons draw; a missing or broken icon says why", "[gis][style]")
{
    for (const QString& name : gis::builtinMarkerIcons()) {
        const QString path = gis::builtinMarkerIconPath(name);
        INFO(path.toStdString());
        REQUIRE(gis::markerIconUsable(path));
        CHECK(gis::builtinMarkerIconName(path) == name);
        const QImage icon = gis::markerIconImage(path, 24);
        REQUIRE(icon.size() == QSize(24, 24));
        int opaque = 0;
        for (int y = 0; y < 24; ++y)
            for (int x = 0; x < 24; ++x)
                opaque += qAlpha(icon.pixel(x, y)) > 200 ? 1 : 0;
        CHECK(opaque > 60);  // a shape, not a speck
    }
    CHECK(gis::builtinMarkerIconPath(QStringLiteral("unicorn")).isEmpty());
    test::TempDir dir;
    QString why;
    CHECK_FALSE(gis::markerIconUsable(dir.filePath(QStringLiteral("gone.svg")), &why));
    CHECK(why.contains(QStringLiteral("missing")));
    const QString broken = dir.writeFile(QStringLiteral("broken.svg"), "<svg this is not xml");
    CHECK_FALSE(gis::markerIconUsable(broken, &why));
    CHECK(why.contains(QStringLiteral("not an SVG image")));
    CHECK(gis::markerIconImage(broken, 16).isNull());
}

TEST_CASE("dash patterns: none for solid, readable lengths for thin strokes", "[gis][style]")
{
    CHECK(gis::dashLengths(core::StrokeDash::Solid, 1).isEmpty());
    CHECK(gis::strokePen(Qt::black, 1, core::StrokeDash::Solid).style() == Qt::SolidLine);
    const QList<qreal> thin = gis::dashLengths(core::StrokeDash::Dash, 0.5);
    REQUIRE(thin.size() == 2);
    CHECK(thin[0] >= 5);  // the dash of a hairline is still several pixels long
    CHECK(gis::dashLengths(core::StrokeDash::DashDot, 2).size() == 4);
    CHECK(gis::dashLengths(core::StrokeDash::Dash, 4)[0] > thin[0]);  // grows with the width
    const QPen pen = gis::strokePen(Qt::black, 4, core::StrokeDash::Dot);
    CHECK(pen.style() == Qt::CustomDashLine);
    CHECK(pen.capStyle() == Qt::FlatCap);
    CHECK(pen.dashPattern().first() * 4 == Approx(gis::dashLengths(core::StrokeDash::Dot, 4).first()));
}

TEST_CASE("a line label sits at the middle of the line, upright", "[gis][style]")
{
    // An L: 30 px right, then 10 px down; the middle (20 px along) is on the first leg.
    const gis::LinePlacement a = gis::placeOnLine(QPolygonF({{0, 0}, {30, 0}, {30, 10}}));
    CHECK(a.length == Approx(40));
    CHECK(a.anchor.x() == Approx(20));
    CHECK(a.anchor.y() == Approx(0));
    CHECK(a.angle == Approx(0));
    // Drawn right to left, the text still reads left to right.
    const gis::LinePlacement b = gis::placeOnLine(QPolygonF({{30, 30}, {0, 0}}));
    CHECK(b.angle == Approx(45));
    CHECK(b.anchor.x() == Approx(15));
}
