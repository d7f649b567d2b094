// core::Extent: union, fitting to an output aspect, text round trip and parsing.

#include "core/model/extent.h"
#include "support/extent_string_maker.h"

using atlas::core::Extent;

TEST_CASE("Extent::united grows to cover both and ignores null extents", "[core][extent]")
{
    const Extent a{0, 0, 10, 10};
    const Extent b{5, -5, 20, 8};
    CHECK(a.united(b) == Extent{0, -5, 20, 10});
    CHECK(b.united(a) == Extent{0, -5, 20, 10});
    CHECK(a.united(Extent::null()) == a);
    CHECK(Extent::null().united(a) == a);
    CHECK(Extent::null().united(Extent::null()).isNull());
}

TEST_CASE("Extent::fittedTo keeps the centre, covers the extent and matches the aspect", "[core][extent]")
{
    const Extent e{0, 0, 100, 100};

    SECTION("wider output widens the extent")
    {
        const Extent f = e.fittedTo(200, 100);
        CHECK(f == Extent{-50, 0, 150, 100});
    }
    SECTION("taller output heightens the extent")
    {
        const Extent f = Extent{0, 0, 300, 100}.fittedTo(100, 200);
        CHECK(f.center() == QPointF(150, 50));
        CHECK(f.width() == Approx(300));
        CHECK(f.height() == Approx(600));
    }
    SECTION("the result covers the original and has the output's aspect")
    {
        const Extent odd{703000.5, 7058000.25, 705500, 7061000};
        const Extent f = odd.fittedTo(1024, 768);
        CHECK(f.width() / f.height() == Approx(1024.0 / 768.0));
        CHECK(f.xMin <= odd.xMin);
        CHECK(f.yMin <= odd.yMin);
        CHECK(f.xMax >= odd.xMax);
        CHECK(f.yMax >= odd.yMax);
        CHECK(f.center().x() == Approx(odd.center().x()));
        CHECK(f.center().y() == Approx(odd.center().y()));
    }
    SECTION("degenerate output sizes and null extents are returned unchanged")
    {
        CHECK(e.fittedTo(0, 100) == e);
        CHECK(e.fittedTo(100, -1) == e);
        CHECK(Extent::null().fittedTo(100, 100).isNull());
    }
}

TEST_CASE("Extent::parse reads four numbers", "[core][extent]")
{
    CHECK(Extent::parse(QStringLiteral("1,2,3,4")) == Extent{1, 2, 3, 4});
    CHECK(Extent::parse(QStringLiteral(" 1.5 , -2 ,3e2, 4 ")) == Extent{1.5, -2, 300, 4});
    CHECK(Extent::parse(QStringLiteral("650000,6950000,760000,7120000")) ==
          Extent{650000, 6950000, 760000, 7120000});
}

TEST_CASE("Extent::parse refuses malformed text with a null extent", "[core][extent]")
{
    const char* bad = GENERATE("", "1,2,3", "1,2,3,4,5", "a,b,c,d", "1,2,,4", "1;2;3;4",
                               "3,2,1,4",   // xmin > xmax
                               "1,4,3,2",   // ymin > ymax
                               "1,2,1,4",   // zero width
                               "nan,0,1,1", "0,0,inf,1");
    INFO("text: " << bad);
    CHECK(Extent::parse(QString::fromLatin1(bad)).isNull());
}

TEST_CASE("Extent::toString and parse round-trip", "[core][extent]")
{
    const Extent e{703412.125, 7058123.5, 705987.75, 7061000.0625};
    CHECK(Extent::parse(e.toString()) == e);
}

TEST_CASE("Extent::buffered and intersects", "[core][extent]")
{
    const Extent e{0, 0, 10, 20};
    CHECK(e.buffered(0.1) == Extent{-1, -2, 11, 22});
    CHECK(e.intersects(Extent{10, 20, 30, 30}));  // touching counts
    CHECK_FALSE(e.intersects(Extent{10.5, 0, 30, 30}));
    CHECK_FALSE(e.intersects(Extent::null()));
}
