// core::defaultLayerStyle: consecutive new layers never look alike.

#include "core/model/default_styles.h"
#include "support/test_support.h"

using atlas::core::defaultLayerStyle;
using atlas::core::LayerStyle;

TEST_CASE("Default styles of consecutive layers are distinct", "[core][style]")
{
    const bool polygon = GENERATE(false, true);
    INFO("polygon: " << polygon);
    constexpr int count = 7;  // the palette size: the styles a new atlas starts with
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            INFO("styles " << i << " and " << j);
            const LayerStyle a = defaultLayerStyle(i, polygon);
            const LayerStyle b = defaultLayerStyle(j, polygon);
            CHECK(a.fill.rgb() != b.fill.rgb());
            CHECK(a.stroke.rgb() != b.stroke.rgb());
        }
    }
}

TEST_CASE("Default polygon fills are translucent, other fills opaque", "[core][style]")
{
    for (int i = 0; i < 7; ++i) {
        INFO("style " << i);
        const LayerStyle poly = defaultLayerStyle(i, true);
        const LayerStyle other = defaultLayerStyle(i, false);
        CHECK(poly.fill.alpha() < 255);
        CHECK(poly.fill.alpha() > 0);
        CHECK(other.fill.alpha() == 255);
        CHECK(poly.stroke.alpha() == 255);
        CHECK(poly.labelField.isEmpty());
        CHECK(poly.opacity == 1.0);
    }
}

TEST_CASE("Default styles cycle instead of failing past the palette", "[core][style]")
{
    CHECK(defaultLayerStyle(7, true) == defaultLayerStyle(0, true));
    CHECK(defaultLayerStyle(100, false).fill.isValid());
}
