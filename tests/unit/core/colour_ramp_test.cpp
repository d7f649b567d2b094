// core colour ramps: named ramps give distinct, ordered colours; qualitative ones never repeat.

#include "core/model/colour_ramp.h"
#include "support/test_support.h"

#include <QSet>

using namespace atlas::core;

TEST_CASE("Sequential ramps run from their first to their last stop", "[core][ramp]")
{
    const QList<QColor> viridis = rampColours(QStringLiteral("viridis"), 5);
    REQUIRE(viridis.size() == 5);
    CHECK(viridis.first() == QColor(0x44, 0x01, 0x54));
    CHECK(viridis.last() == QColor(0xfd, 0xe7, 0x25));
    // Blues darken step by step.
    const QList<QColor> blues = rampColours(QStringLiteral("Blues"), 6);
    for (qsizetype i = 1; i < blues.size(); ++i)
        CHECK(blues[i].lightness() < blues[i - 1].lightness());
    CHECK(rampColours(QStringLiteral("YlOrRd"), 1).size() == 1);
    CHECK(rampColours(QStringLiteral("YlOrRd"), 0).isEmpty());
}

TEST_CASE("Qualitative ramps give distinct colours, even past their length", "[core][ramp]")
{
    const QList<QColor> c = rampColours(QStringLiteral("Tableau"), 25);
    QSet<QRgb> seen;
    for (const QColor& colour : c)
        seen.insert(colour.rgb());
    CHECK(seen.size() == 25);
    CHECK(isRampName(QStringLiteral("set2")));
    CHECK_FALSE(isRampName(QStringLiteral("Rainbow")));
    CHECK(sequentialRampNames().contains(QStringLiteral("YlOrRd")));
    CHECK(qualitativeRampNames().contains(QStringLiteral("Set2")));
}
