// The sync client on real SpatiaLite atlas files: two replicas edit offline, sync through
// the real merge (in process), and end equal; conflicts are kept with both values; pulled
// changes are never logged again; a lost answer is replayed without duplicates.

#include "memory_transport.h"
#include "sync_replica.h"
#include "support/test_support.h"

#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "gis/sync/sync_client.h"
#include "gis/sync/sync_local_state.h"

#include <QImage>

using namespace atlas;
using namespace atlas::test;
using gis::FicheSyncState;

TEST_CASE("sync client: a fiche made on one atlas reaches the other, and nothing is logged twice")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport), bart(dir, QStringLiteral("bart"), transport);
    const auto f = anne.save(testFiche(QStringLiteral("Moulin")));
    CHECK(anne.state(f.identity.uuid) == FicheSyncState::LocalOnly);

    const auto first = anne.sync();
    CHECK(first.pushed == 1);
    CHECK(first.conflicts == 0);
    CHECK(anne.state(f.identity.uuid) == FicheSyncState::Synced);

    const qint64 bartLog = bart.logRows();
    const auto got = bart.sync();
    CHECK(got.pushed == 0);
    CHECK(got.pulled == 1);
    CHECK(bart.logRows() == bartLog);  // pulled, not re-logged
    CHECK(bart.all() == anne.all());
    CHECK(bart.state(f.identity.uuid) == FicheSyncState::Synced);
    gis::ObservationFilter words;
    words.text = QStringLiteral("moulin");
    auto search = bart.store->list(words);
    REQUIRE(search);
    CHECK(search.value().size() == 1);  // the full-text index follows pulled records

    const auto again = bart.sync();
    CHECK(again.pushed == 0);
    CHECK(again.pulled == 0);
    CHECK(transport.server.appliedOps() == 1);
}

TEST_CASE("sync client: concurrent edits of different fields, the same field, and update against delete")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport), bart(dir, QStringLiteral("bart"), transport);
    const auto f1 = anne.save(testFiche(QStringLiteral("Église")));
    const auto f2 = anne.save(testFiche(QStringLiteral("Lavoir")));
    const auto f3 = anne.save(testFiche(QStringLiteral("Calvaire")));
    anne.sync();
    bart.sync();
    REQUIRE(bart.all() == anne.all());

    // Offline on both sides.
    editConcurrently(anne, bart, f1.identity.uuid, f2.identity.uuid, f3.identity.uuid);
    CHECK(bart.state(f1.identity.uuid) == FicheSyncState::Modified);

    anne.sync();
    const auto b = bart.sync();
    CHECK(b.pushed == 3);
    CHECK(b.conflicts == 2);
    anne.sync();

    CHECK(anne.all() == bart.all());
    auto one = anne.store->observation(f1.identity.uuid).value();
    CHECK(one.titleFr == QStringLiteral("Église Saint-Martin"));  // both fields merged
    CHECK(one.descriptionFr == QStringLiteral("Clocher du XVIe"));
    CHECK(anne.store->observation(f2.identity.uuid).value().titleFr == QStringLiteral("Lavoir (Bart)"));  // later edit
    auto three = anne.store->observation(f3.identity.uuid).value();
    CHECK_FALSE(three.identity.deleted);  // the edit brought the deleted fiche back
    CHECK(three.tags == QStringList{QStringLiteral("à garder")});

    const auto conflicts = bart.conflicts();
    REQUIRE(conflicts.size() == 2);
    const auto& title = conflicts[0].conflict;
    CHECK(title.kind == core::ConflictKind::SameField);
    CHECK(title.record == f2.identity.uuid);
    CHECK(title.field == QStringLiteral("title_fr"));
    CHECK(title.incomingValue == QJsonValue(QStringLiteral("Lavoir (Bart)")));
    CHECK(title.serverValue == QJsonValue(QStringLiteral("Lavoir (Anne)")));
    CHECK(title.baseValue == QJsonValue(QStringLiteral("Lavoir")));
    CHECK(title.incomingWon);
    CHECK(title.serverAuthor == QStringLiteral("anne"));
    CHECK(conflicts[1].conflict.kind == core::ConflictKind::UpdateDeleted);
    CHECK(conflicts[1].conflict.record == f3.identity.uuid);
    CHECK(transport.server.conflicts().size() == 2);
    CHECK(bart.state(f2.identity.uuid) == FicheSyncState::Conflict);
    CHECK(bart.state(f1.identity.uuid) == FicheSyncState::Synced);

    REQUIRE(gis::SyncLocalState(bart.store->database()).markResolved(conflicts[0].id));
    CHECK(bart.state(f2.identity.uuid) == FicheSyncState::Synced);
}

TEST_CASE("sync client: a delete against someone else's edit keeps the fiche on both atlases")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport), bart(dir, QStringLiteral("bart"), transport);
    const auto f = anne.save(testFiche(QStringLiteral("Ferme")));
    anne.sync();
    bart.sync();
    anne.edit(f.identity.uuid, [](core::Observation& o) { o.titleNl = QStringLiteral("Hoeve"); });
    REQUIRE(bart.store->removeObservation(f.identity.uuid));
    anne.sync();
    const auto b = bart.sync();
    CHECK(b.conflicts == 1);
    CHECK_FALSE(bart.store->observation(f.identity.uuid).value().identity.deleted);
    CHECK(bart.store->observation(f.identity.uuid).value().titleNl == QStringLiteral("Hoeve"));
    anne.sync();
    CHECK(anne.all() == bart.all());
    REQUIRE(bart.conflicts().size() == 1);
    CHECK(bart.conflicts().first().conflict.kind == core::ConflictKind::DeleteUpdated);
}

TEST_CASE("sync client: an answer lost after the server committed is replayed without duplicates")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport);
    for (int i = 0; i < 5; ++i)
        anne.save(testFiche(QStringLiteral("Fiche %1").arg(i)));
    transport.dropNextPushAnswer = true;
    gis::SyncClient client(*anne.store, transport, {QStringLiteral("memory"), QStringLiteral("caue"), anne.author, 2, 2});
    auto failed = client.sync();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().reason.contains(QStringLiteral("connection lost")));
    CHECK(transport.server.appliedOps() == 2);  // the server did apply the first batch

    const auto report = anne.sync(2);
    CHECK(report.pushed == 5);  // the first two again, then the rest
    CHECK(transport.server.appliedOps() == 5);
    CHECK(transport.server.records().size() == 5);
    CHECK(anne.sync().pushed == 0);
}

TEST_CASE("sync client: cancelled between batches, it resumes where it stopped")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport);
    for (int i = 0; i < 7; ++i)
        anne.save(testFiche(QStringLiteral("Fiche %1").arg(i)));
    gis::SyncClient client(*anne.store, transport, {QStringLiteral("memory"), QStringLiteral("caue"), anne.author, 3, 3});
    int calls = 0;
    auto cancelled = client.sync([&](const QString&, qint64 done, qint64 total) {
        CHECK(total == 7);
        CHECK(done <= total);
        return ++calls < 2;
    });
    REQUIRE(cancelled);
    CHECK(cancelled.value().cancelled);
    CHECK(cancelled.value().pushed == 3);
    CHECK(transport.server.appliedOps() == 3);
    CHECK(anne.sync(3).pushed == 4);
    CHECK(transport.server.appliedOps() == 7);
}

TEST_CASE("sync client: photos travel first, by SHA-256, with their links")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport), bart(dir, QStringLiteral("bart"), transport);
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    const QString png = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(image.save(png));
    auto item = gis::MediaStore(anne.path).ingest(png);
    REQUIRE(item);
    auto media = anne.store->saveMedia(item.value());
    REQUIRE(media);
    const auto f = anne.save(testFiche(QStringLiteral("Beffroi")));
    REQUIRE(anne.store->linkMedia(f.identity.uuid, media.value().identity.uuid));

    const auto a = anne.sync();
    CHECK(a.blobsUploaded == 1);
    CHECK(transport.blobs.contains(media.value().sha256));
    const auto b = bart.sync();
    CHECK(b.blobsDownloaded == 1);
    const QString copy = gis::MediaStore(bart.path).filePath(media.value().sha256);
    CHECK(fileDigest(copy) == fileDigest(gis::MediaStore(anne.path).filePath(media.value().sha256)));
    auto shown = bart.store->mediaOf(f.identity.uuid);
    REQUIRE(shown);
    REQUIRE(shown.value().size() == 1);
    CHECK(shown.value().first().sha256 == media.value().sha256);
    CHECK(shown.value().first().fileName == QStringLiteral("photo.png"));
    // A second sync moves no file again.
    CHECK(anne.sync().blobsUploaded == 0);
    CHECK(bart.sync().blobsDownloaded == 0);
}

TEST_CASE("sync client: edits made during a sync are kept and pushed next time")
{
    TempDir dir;
    MemoryTransport transport;
    Replica anne(dir, QStringLiteral("anne"), transport), bart(dir, QStringLiteral("bart"), transport);
    const auto f = anne.save(testFiche(QStringLiteral("Moulin")));
    anne.sync();
    bart.sync();
    anne.edit(f.identity.uuid, [](core::Observation& o) { o.commune = QStringLiteral("Kemmel"); });
    anne.sync();
    // Bart edits after pushing but before pulling: the pulled record must not erase it.
    bart.edit(f.identity.uuid, [](core::Observation& o) { o.titleNl = QStringLiteral("Molen"); });
    gis::SyncClient client(*bart.store, transport, {QStringLiteral("memory"), QStringLiteral("caue"), bart.author, 100, 100});
    gis::SyncReport report;
    REQUIRE(client.pull(report));
    CHECK(report.keptLocal == 1);
    CHECK(bart.store->observation(f.identity.uuid).value().titleNl == QStringLiteral("Molen"));
    bart.sync();
    anne.sync();
    CHECK(anne.all() == bart.all());
    CHECK(anne.store->observation(f.identity.uuid).value().commune == QStringLiteral("Kemmel"));
    CHECK(anne.store->observation(f.identity.uuid).value().titleNl == QStringLiteral("Molen"));
}
