// core::Error::message: "file: location: reason", skipping empty parts.

#include "core/model/error.h"
#include "core/model/result.h"
#include "support/test_support.h"

using atlas::core::Error;

TEST_CASE("Error::message joins the parts that are set", "[core][error]")
{
    CHECK(Error{"/data/nord.gpkg", "communes", "no such layer"}.message() ==
          QStringLiteral("/data/nord.gpkg: communes: no such layer"));
    CHECK(Error{"/data/nord.gpkg", {}, "file not found"}.message() ==
          QStringLiteral("/data/nord.gpkg: file not found"));
    CHECK(Error{{}, "line 3", "bad number"}.message() == QStringLiteral("line 3: bad number"));
    CHECK(Error{{}, {}, "out of memory"}.message() == QStringLiteral("out of memory"));
}

TEST_CASE("Error::message never says nothing", "[core][error]")
{
    CHECK(Error{}.message() == QStringLiteral("unknown error"));
    CHECK(Error{"a.csv", {}, {}}.message() == QStringLiteral("a.csv: unknown error"));
}

TEST_CASE("Result carries a value or an error", "[core][error]")
{
    atlas::core::Result<int> good(42);
    REQUIRE(good.ok());
    CHECK(good.value() == 42);

    atlas::core::Result<int> bad(Error{"f", {}, "broken"});
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().reason == QStringLiteral("broken"));
}
