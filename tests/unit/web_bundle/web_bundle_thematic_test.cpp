// The web bundle carries a layer's categories and classes to the page, which colours
// features and lists the rows in its legend (tests/browser checks the page itself).

#include "gis/formats/web_bundle_layer_writer.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace atlas;

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(json.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

}  // namespace

TEST_CASE("styleJson writes categories and classes for the page", "[web][thematic]")
{
    core::LayerStyle single;
    CHECK_FALSE(parse(gis::styleJson(single)).contains(QStringLiteral("thematic")));

    core::LayerStyle cat;
    cat.thematic.kind = core::ClassificationKind::Categorized;
    cat.thematic.field = QStringLiteral("kind");
    cat.thematic.categories = {{QStringLiteral("faune \"rare\""), QColor(200, 0, 0), {}},
                               {QStringLiteral("flore"), QColor(0, 150, 0), QStringLiteral("Flore")}};
    const QJsonObject c = parse(gis::styleJson(cat)).value(QStringLiteral("thematic")).toObject();
    CHECK(c.value(QStringLiteral("kind")).toString() == QStringLiteral("categorized"));
    CHECK(c.value(QStringLiteral("field")).toString() == QStringLiteral("kind"));
    const QJsonArray cats = c.value(QStringLiteral("categories")).toArray();
    REQUIRE(cats.size() == 2);
    CHECK(cats[0].toObject().value(QStringLiteral("value")).toString() == QStringLiteral("faune \"rare\""));
    CHECK(cats[0].toObject().value(QStringLiteral("colour")).toString() == QStringLiteral("#c80000"));
    CHECK(cats[0].toObject().value(QStringLiteral("label")).toString() == QStringLiteral("faune \"rare\""));
    CHECK(cats[1].toObject().value(QStringLiteral("label")).toString() == QStringLiteral("Flore"));

    core::LayerStyle grad;
    grad.thematic = core::graduate(QStringLiteral("score"), {0.5, 1, 2, 10}, 2, core::ClassMethod::EqualInterval,
                                   QStringLiteral("Blues"));
    const QJsonObject g = parse(gis::styleJson(grad)).value(QStringLiteral("thematic")).toObject();
    CHECK(g.value(QStringLiteral("kind")).toString() == QStringLiteral("graduated"));
    const QJsonArray classes = g.value(QStringLiteral("classes")).toArray();
    REQUIRE(classes.size() == 2);
    CHECK(classes[0].toObject().value(QStringLiteral("lower")).toDouble() == 0.5);
    CHECK(classes[0].toObject().value(QStringLiteral("upper")).toDouble() == 5.25);
    CHECK(classes[1].toObject().value(QStringLiteral("upper")).toDouble() == 10);
    CHECK(classes[1].toObject().value(QStringLiteral("label")).toString() == QStringLiteral("5.25 – 10"));
}

TEST_CASE("styleJson gives the page dashes, blending, the icon and sizes in CSS pixels", "[web][style]")
{
    const QJsonObject plain = parse(gis::styleJson(core::LayerStyle{}));
    for (const char* key : {"dashArray", "blend", "icon"})
        CHECK_FALSE(plain.contains(QString::fromLatin1(key)));

    core::LayerStyle s;
    s.dash = core::StrokeDash::Dash;
    s.strokeWidth = 2;
    s.blend = core::BlendMode::Multiply;
    s.markerSvg = QStringLiteral(":/markers/tree.svg");
    const QJsonObject o = parse(gis::styleJson(s));
    CHECK(o.value(QStringLiteral("dashArray")).toString() == QStringLiteral("8 5"));  // Leaflet's "dash gap"
    CHECK(o.value(QStringLiteral("blend")).toString() == QStringLiteral("multiply"));
    CHECK(o.value(QStringLiteral("icon")).toString().startsWith(QStringLiteral("data:image/svg+xml;base64,")));

    s.sizeUnit = core::SizeUnit::Millimetres;
    s.markerSize = 5;
    const QJsonObject mm = parse(gis::styleJson(s));
    CHECK(mm.value(QStringLiteral("markerSize")).toDouble() == Approx(5 * 96 / 25.4).epsilon(0.01));
    CHECK(mm.value(QStringLiteral("strokeWidth")).toDouble() == Approx(2 * 96 / 25.4).epsilon(0.01));
}
