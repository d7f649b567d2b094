// The publications panel in the main window on a real atlas: create, add sections,
// reorder them as a drop does, preview in order, delete; every step saved with its
// change-log row.

#include "gui/gui_fixture.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/docks/publications_dock.h"

#include <QListWidget>
#include <QTextBrowser>

using namespace atlas;

namespace {

QList<core::Publication> stored(const QString& atlas)
{
    auto store = gis::ObservationStore::open(atlas);
    REQUIRE(store.ok());
    auto list = gis::PublicationStore(store.value()->database()).list();
    REQUIRE(list.ok());
    return list.value();
}

}  // namespace

TEST_CASE("the publications panel creates, reorders, previews and deletes story maps", "[gui][publications]")
{
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("story.atlas"));
    core::AtlasDocument doc;
    REQUIRE(gis::createAtlas(atlas, doc).ok());
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(atlas));
    auto* dock = f.window->findChild<ui::PublicationsDock*>(QStringLiteral("PublicationsDock"));
    REQUIRE(dock);

    REQUIRE(dock->createPublication(QStringLiteral("Les Monts")));
    REQUIRE(dock->addSection(QStringLiteral("Kemmel")));
    REQUIRE(dock->addSection(QStringLiteral("Cassel")));
    CHECK(dock->publicationList()->count() == 1);
    REQUIRE(dock->sectionList()->count() == 3);

    // What a drop does: the list's model moves the row; the panel saves the new order.
    REQUIRE(dock->sectionList()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QList<core::Publication> list = stored(atlas);
    REQUIRE(list.size() == 1);
    REQUIRE(list[0].sections.size() == 3);
    CHECK(list[0].sections[0].titleFr == QStringLiteral("Cassel"));
    CHECK(list[0].sections[1].titleFr == QStringLiteral("Section 1"));
    CHECK(dock->sectionList()->item(0)->text() == QStringLiteral("Cassel"));
    const QString preview = dock->preview()->toPlainText();
    CHECK(preview.indexOf(QStringLiteral("Cassel")) < preview.indexOf(QStringLiteral("Kemmel")));
    CHECK(preview.startsWith(QStringLiteral("Les Monts")));

    REQUIRE(dock->moveSection(0, 2));
    CHECK(stored(atlas)[0].sections[2].titleFr == QStringLiteral("Cassel"));

    dock->setFloating(true);
    dock->resize(420, 560);
    dock->show();
    const QImage shot = dock->grab().toImage();
    CHECK(test::nonBackgroundShare(shot) > 0.02);
    shot.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/publications_dock.png"));

    const QUuid uuid = list[0].identity.uuid;
    REQUIRE(dock->deleteCurrent());
    CHECK(stored(atlas).isEmpty());
    CHECK(dock->publicationList()->count() == 0);
    auto store = gis::ObservationStore::open(atlas);
    REQUIRE(store.ok());
    const auto log = gis::readChangeLog(store.value()->database(), 0, uuid).value();
    REQUIRE(log.size() == 6);  // insert, 2 sections added, drop, move, delete
    CHECK(log.last().operation == QStringLiteral("delete"));
}
