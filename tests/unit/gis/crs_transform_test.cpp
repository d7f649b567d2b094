// CrsTransform against reference values from PROJ's own cs2cs:
//   echo "50.6292 3.0573" | cs2cs -f %.4f EPSG:4326 EPSG:<code>

#include "gis/crs/crs_catalog.h"
#include "gis/crs/crs_transform.h"
#include "gis_fixtures.h"
#include "support/extent_string_maker.h"

#include <cmath>

using atlas::core::Extent;
using atlas::gis::CrsTransform;
using namespace atlas::test;

namespace {

struct Reference {
    const char* crs;
    double x, y;
};

}  // namespace

TEST_CASE("Lille lands where cs2cs puts it in each project CRS", "[gis][crs]")
{
    const Reference ref = GENERATE(Reference{"EPSG:2154", 704061.1459, 7059136.5895},
                                   Reference{"EPSG:31370", 57217.6053, 147323.9110},
                                   Reference{"EPSG:3812", 557220.7359, 647313.4453},
                                   Reference{"EPSG:3857", 340337.0792, 6555963.7485});
    INFO("target " << ref.crs);
    const CrsTransform t(QStringLiteral("EPSG:4326"), QString::fromLatin1(ref.crs));
    REQUIRE(t.isValid());
    CHECK_FALSE(t.isIdentity());

    double x = kLilleLon, y = kLilleLat;  // x = east (lon) whatever the CRS axis order
    REQUIRE(t.transformPoint(x, y));
    CHECK(x == Approx(ref.x).margin(1.0));
    CHECK(y == Approx(ref.y).margin(1.0));

    // And back to degrees within a millimetre or so.
    REQUIRE(t.transformPoint(x, y, /*inverse=*/true));
    CHECK(x == Approx(kLilleLon).margin(1e-8));
    CHECK(y == Approx(kLilleLat).margin(1e-8));
}

TEST_CASE("Projected to projected round-trips (Lambert-93 <-> Belgian Lambert 2008)", "[gis][crs]")
{
    const CrsTransform t(QStringLiteral("EPSG:2154"), QStringLiteral("EPSG:3812"));
    REQUIRE(t.isValid());
    double xy[] = {704061.1459, 7059136.5895, 650000, 7000000};
    double original[4];
    std::copy(std::begin(xy), std::end(xy), original);
    t.transformInterleaved(xy, 2);
    CHECK(xy[0] == Approx(557220.7359).margin(1.0));
    CHECK(xy[1] == Approx(647313.4453).margin(1.0));
    t.transformInterleaved(xy, 2, /*inverse=*/true);
    for (int i = 0; i < 4; ++i)
        CHECK(xy[i] == Approx(original[i]).margin(0.01));
}

TEST_CASE("transformExtent bounds the transformed rectangle", "[gis][crs]")
{
    const CrsTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:2154"));
    REQUIRE(t.isValid());
    const Extent nord{2.0, 50.0, 4.3, 51.1};  // the Nord département, roughly
    const Extent out = t.transformExtent(nord);
    REQUIRE_FALSE(out.isNull());
    CHECK(out.xMin < 704061);
    CHECK(out.xMax > 704061);
    CHECK(out.yMin < 7059136);
    CHECK(out.yMax > 7059136);
    // Size from cs2cs on the corners: about 165 km by 123 km.
    CHECK(out.width() == Approx(165048).epsilon(0.01));
    CHECK(out.height() == Approx(123301).epsilon(0.01));

    // Every transformed corner lies inside the result.
    for (const auto& [cx, cy] : {std::pair{nord.xMin, nord.yMin}, std::pair{nord.xMax, nord.yMax},
                                 std::pair{nord.xMin, nord.yMax}, std::pair{nord.xMax, nord.yMin}}) {
        double x = cx, y = cy;
        REQUIRE(t.transformPoint(x, y));
        CHECK(x >= out.xMin - 1e-6);
        CHECK(x <= out.xMax + 1e-6);
        CHECK(y >= out.yMin - 1e-6);
        CHECK(y <= out.yMax + 1e-6);
    }

    const Extent back = t.transformExtent(out, /*inverse=*/true);
    CHECK(back.xMin <= nord.xMin + 1e-6);
    CHECK(back.yMin <= nord.yMin + 1e-6);
    CHECK(back.xMax >= nord.xMax - 1e-6);
    CHECK(back.yMax >= nord.yMax - 1e-6);

    CHECK(t.transformExtent(Extent::null()).isNull());
}

TEST_CASE("Same CRS is the identity; unknown CRSs are invalid with a reason", "[gis][crs]")
{
    const CrsTransform same(QStringLiteral("EPSG:2154"), QStringLiteral("EPSG:2154"));
    CHECK(same.isValid());
    CHECK(same.isIdentity());
    double x = 1.5, y = 2.5;
    CHECK(same.transformPoint(x, y));
    CHECK((x == 1.5 && y == 2.5));

    const CrsTransform unknown(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:999999"));
    CHECK_FALSE(unknown.isValid());
    CHECK(unknown.errorString().contains(QStringLiteral("EPSG:999999")));
    double p[2] = {3.0, 50.0};
    unknown.transformInterleaved(p, 1);
    CHECK(std::isinf(p[0]));
    CHECK(std::isinf(p[1]));

    const CrsTransform empty(QString(), QStringLiteral("EPSG:2154"));
    CHECK_FALSE(empty.isValid());
    CHECK_FALSE(empty.errorString().isEmpty());
}

TEST_CASE("CRS catalog knows the project CRSs", "[gis][crs]")
{
    for (const QString& crs : atlas::gis::projectCrsChoices()) {
        INFO(crs.toStdString());
        CHECK(atlas::gis::crsIsKnown(crs));
        CHECK(atlas::gis::crsName(crs) != crs);
    }
    CHECK(atlas::gis::crsName(QStringLiteral("EPSG:2154")).contains(QStringLiteral("Lambert-93")));
    CHECK(atlas::gis::crsIsGeographic(QStringLiteral("EPSG:4326")));
    CHECK_FALSE(atlas::gis::crsIsGeographic(QStringLiteral("EPSG:2154")));
    CHECK_FALSE(atlas::gis::crsIsKnown(QStringLiteral("EPSG:999999")));
}

TEST_CASE("transformExtent follows edges that bulge, and skips points outside the CRS's domain", "[gis][crs]")
{
    // Europe in Lambert azimuthal equal area: parallels curve towards the pole away from the
    // centre meridian, so the southern edge sags far below its corners at its middle.
    const CrsTransform laea(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3035"));
    REQUIRE(laea.isValid());
    const Extent europe{-10.0, 35.0, 40.0, 70.0};
    const Extent out = laea.transformExtent(europe);
    REQUIRE_FALSE(out.isNull());
    double cornerBottom = 1e300;
    for (double lon : {europe.xMin, europe.xMax}) {
        double x = lon, y = europe.yMin;
        REQUIRE(laea.transformPoint(x, y));
        cornerBottom = std::min(cornerBottom, y);
    }
    double midX = (europe.xMin + europe.xMax) / 2, midY = europe.yMin;
    REQUIRE(laea.transformPoint(midX, midY));
    INFO("corners " << cornerBottom << ", middle " << midY);
    REQUIRE(midY < cornerBottom - 100000);  // the sag is real: over 100 km below the corners
    CHECK(out.yMin <= midY + 1e-6);

    // A frame partly outside Lambert-93's domain: the points that fail are left out, the
    // rest still bound the result.
    const CrsTransform lambert(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:2154"));
    const Extent wide = lambert.transformExtent(Extent{-179.0, -89.0, 179.0, 89.0});
    CHECK_FALSE(wide.isNull());
    CHECK(std::isfinite(wide.width()));
    CHECK(std::isfinite(wide.height()));
}
