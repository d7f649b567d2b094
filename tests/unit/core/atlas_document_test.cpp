// core::AtlasDocument: moving and removing layers in the drawing order.

#include "core/model/atlas_document.h"
#include "support/test_support.h"

#include <utility>

using atlas::core::AtlasDocument;
using atlas::core::LayerSpec;

namespace {

AtlasDocument documentWith(const QStringList& names)
{
    AtlasDocument doc;
    for (const QString& n : names) {
        LayerSpec l;
        l.name = n;
        doc.layers << l;
    }
    return doc;
}

QStringList namesOf(const AtlasDocument& doc)
{
    QStringList out;
    for (const LayerSpec& l : doc.layers)
        out << l.name;
    return out;
}

}  // namespace

TEST_CASE("AtlasDocument::moveLayer reorders and clamps the target", "[core][document]")
{
    AtlasDocument doc = documentWith({"a", "b", "c", "d"});
    const QUuid a = doc.layers[0].identity.uuid;
    const QUuid d = doc.layers[3].identity.uuid;

    CHECK(doc.moveLayer(a, 2));
    CHECK(namesOf(doc) == QStringList{"b", "c", "a", "d"});
    CHECK(doc.indexOfLayer(a) == 2);

    CHECK(doc.moveLayer(d, -10));  // clamped to the bottom
    CHECK(namesOf(doc) == QStringList{"d", "b", "c", "a"});

    CHECK(doc.moveLayer(d, 99));  // clamped to the top
    CHECK(namesOf(doc) == QStringList{"b", "c", "a", "d"});

    CHECK(doc.moveLayer(d, 3));  // already there: no change
    CHECK(namesOf(doc) == QStringList{"b", "c", "a", "d"});
}

TEST_CASE("AtlasDocument::moveLayer refuses unknown ids and leaves the order", "[core][document]")
{
    AtlasDocument doc = documentWith({"a", "b"});
    CHECK_FALSE(doc.moveLayer(QUuid::createUuid(), 0));
    CHECK(namesOf(doc) == QStringList{"a", "b"});

    AtlasDocument empty;
    CHECK_FALSE(empty.moveLayer(QUuid::createUuid(), 0));
}

TEST_CASE("AtlasDocument::removeLayer removes exactly the layer asked for", "[core][document]")
{
    AtlasDocument doc = documentWith({"a", "b", "c"});
    const QUuid b = doc.layers[1].identity.uuid;

    CHECK(doc.removeLayer(b));
    CHECK(namesOf(doc) == QStringList{"a", "c"});
    CHECK(doc.layer(b) == nullptr);
    CHECK(doc.indexOfLayer(b) == -1);

    CHECK_FALSE(doc.removeLayer(b));  // already gone
    CHECK(namesOf(doc) == QStringList{"a", "c"});
}

TEST_CASE("AtlasDocument::layer finds by id", "[core][document]")
{
    AtlasDocument doc = documentWith({"a", "b"});
    const QUuid b = doc.layers[1].identity.uuid;
    REQUIRE(doc.layer(b) != nullptr);
    doc.layer(b)->visible = false;
    CHECK_FALSE(doc.layers[1].visible);
    CHECK(std::as_const(doc).layer(b)->name == QStringLiteral("b"));
}
