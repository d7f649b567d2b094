// The sync end to end on both backends: a real atlas-server on loopback, real atlas files
// syncing through HTTP (gis::HttpSyncTransport and atlas-cli sync): concurrent edits of
// different and same fields, update against delete, photos, replayed pushes, refused edits.

#include "server_fixture.h"
#include "support/test_support.h"
#include "sync_fault_support.h"
#include "sync_replica.h"

#include "core/sync/sync_json.h"
#include "gis/media/media_store.h"
#include "gis/store/change_log.h"
#include "gis/sync/http_sync_transport.h"
#include "gis/sync/sync_outbox.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace atlas;
using namespace atlas::test;

namespace {

// Group "caue": anne contributes, bart animates (may edit anne's fiches), lea only reads.
void seed(ServerFixture& s)
{
    s.addUser(QStringLiteral("anne"), QStringLiteral("pw-anne"));
    s.addUser(QStringLiteral("bart"), QStringLiteral("pw-bart"));
    s.addUser(QStringLiteral("lea"), QStringLiteral("pw-lea"));
    s.addGroup(QStringLiteral("caue"));
    s.addMember(QStringLiteral("caue"), QStringLiteral("anne"), QStringLiteral("contributor"));
    s.addMember(QStringLiteral("caue"), QStringLiteral("bart"), QStringLiteral("animator"));
    s.addMember(QStringLiteral("caue"), QStringLiteral("lea"), QStringLiteral("reader"));
}

}  // namespace

TEST_CASE("sync over HTTP: two atlases converge through a real server")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s);
    s.start();
    auto anneNet = loggedIn(s, QStringLiteral("anne"));
    auto bartNet = loggedIn(s, QStringLiteral("bart"));
    Replica anne(s.dir(), QStringLiteral("anne"), *anneNet, s.url());
    Replica bart(s.dir(), QStringLiteral("bart"), *bartNet, s.url());

    const auto f1 = anne.save(testFiche(QStringLiteral("Église")));
    const auto f2 = anne.save(testFiche(QStringLiteral("Lavoir")));
    const auto f3 = anne.save(testFiche(QStringLiteral("Calvaire")));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    const QString png = s.dir().filePath(QStringLiteral("lavoir.png"));
    REQUIRE(image.save(png));
    auto item = gis::MediaStore(anne.path).ingest(png);
    REQUIRE(item);
    auto media = anne.store->saveMedia(item.value());
    REQUIRE(media);
    REQUIRE(anne.store->linkMedia(f2.identity.uuid, media.value().identity.uuid));

    const auto first = anne.sync();
    CHECK(first.pushed == 5);  // three fiches, the photo, its link
    CHECK(first.blobsUploaded == 1);
    CHECK(first.conflicts == 0);
    const auto got = bart.sync();
    CHECK(got.pulled == 5);
    CHECK(got.blobsDownloaded == 1);
    CHECK(bart.all() == anne.all());
    CHECK(fileDigest(gis::MediaStore(bart.path).filePath(media.value().sha256)) ==
          fileDigest(gis::MediaStore(anne.path).filePath(media.value().sha256)));
    REQUIRE(bart.store->mediaOf(f2.identity.uuid).value().size() == 1);

    // The fiches are server fiches too: the REST API reads the synced content.
    const std::string bartToken = bartNet->token().toStdString();
    const Reply read = s.get("/api/fiches/" + core::uuidString(f1.identity.uuid).toStdString(), bartToken);
    REQUIRE(read.status == 200);
    CHECK(read.json().value("title_fr").toString() == QStringLiteral("Église"));

    // Offline edits on both sides.
    editConcurrently(anne, bart, f1.identity.uuid, f2.identity.uuid, f3.identity.uuid);

    CHECK(anne.sync().conflicts == 0);
    const auto b = bart.sync();
    CHECK(b.pushed == 3);
    CHECK(b.conflicts == 2);
    anne.sync();
    CHECK(anne.all() == bart.all());
    CHECK(anne.store->observation(f1.identity.uuid).value().titleFr == QStringLiteral("Église Saint-Martin"));
    CHECK(anne.store->observation(f1.identity.uuid).value().descriptionFr == QStringLiteral("Clocher du XVIe"));
    CHECK(anne.store->observation(f2.identity.uuid).value().titleFr == QStringLiteral("Lavoir (Bart)"));
    CHECK_FALSE(anne.store->observation(f3.identity.uuid).value().identity.deleted);
    const auto conflicts = bart.conflicts();
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].conflict.kind == core::ConflictKind::SameField);
    CHECK(conflicts[0].conflict.serverValue == QJsonValue(QStringLiteral("Lavoir (Anne)")));
    CHECK(conflicts[0].conflict.incomingValue == QJsonValue(QStringLiteral("Lavoir (Bart)")));
    CHECK(conflicts[1].conflict.kind == core::ConflictKind::UpdateDeleted);

    // A replayed push: the same answers, nothing applied twice.
    auto log = gis::readChangeLog(bart.store->database());
    REQUIRE(log);
    core::PushBatch replay{QStringLiteral("caue"), gis::SyncLocalState(bart.store->database()).replica().value(), {}};
    for (const auto& e : log.value())
        replay.ops << gis::syncOpFromChange(e, {}, QStringLiteral("bart"), replay.replica);
    const auto versionBefore = anne.store->observation(f2.identity.uuid).value().identity.version;
    auto again = bartNet->push(replay);
    REQUIRE(again);
    auto twice = bartNet->push(replay);
    REQUIRE(twice);
    CHECK(again.value().results == twice.value().results);
    CHECK(anne.sync().pulled == 0);
    CHECK(anne.store->observation(f2.identity.uuid).value().identity.version == versionBefore);
    CHECK(bart.sync().pushed == 0);

    // A reader's edit is refused, kept as a conflict, and the fiche comes back as the server has it.
    auto leaNet = loggedIn(s, QStringLiteral("lea"));
    Replica lea(s.dir(), QStringLiteral("lea"), *leaNet, s.url());
    lea.sync();
    REQUIRE(lea.all() == anne.all());
    lea.edit(f1.identity.uuid, [](core::Observation& o) { o.titleFr = QStringLiteral("Vandalisme"); });
    const auto refused = lea.sync();
    CHECK(refused.conflicts == 1);
    REQUIRE(lea.conflicts().size() == 1);
    CHECK(lea.conflicts().first().conflict.kind == core::ConflictKind::Refused);
    CHECK(lea.store->observation(f1.identity.uuid).value().titleFr == QStringLiteral("Église Saint-Martin"));
    anne.sync();
    CHECK(anne.store->observation(f1.identity.uuid).value().titleFr == QStringLiteral("Église Saint-Martin"));

    // Bad input: another protocol, a field outside the schema, no membership.
    QJsonObject bad = core::pushBatchToJson(replay);
    bad.insert(QStringLiteral("protocol"), 2);
    const Reply wrongProtocol = s.postJson("/api/sync/push", bad, bartToken);
    CHECK(wrongProtocol.status == 400);
    CHECK(wrongProtocol.json().value("message").toString().contains(QStringLiteral("sync protocol 2")));
    CHECK(s.get("/api/sync/pull?group=caue&cursor=abc", bartToken).status == 400);
    CHECK(s.get("/api/sync/pull?group=caue&since=1", bartToken).status == 400);
    CHECK(s.get("/api/sync/pull?group=nowhere", bartToken).status == 404);
    CHECK(s.get("/api/sync/pull?group=caue").status == 401);
}

TEST_CASE("sync over HTTP: photos attached and removed on both sides merge; an attach to a deleted fiche is recorded")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s);
    s.start();
    auto anneNet = loggedIn(s, QStringLiteral("anne"));
    auto bartNet = loggedIn(s, QStringLiteral("bart"));
    Replica anne(s.dir(), QStringLiteral("anne"), *anneNet, s.url());
    Replica bart(s.dir(), QStringLiteral("bart"), *bartNet, s.url());
    const auto photo = [&](const QString& name, const QColor& colour) {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(colour);
        const QString png = s.dir().filePath(name);
        REQUIRE(image.save(png));
        auto item = gis::MediaStore(anne.path).ingest(png);
        REQUIRE(item);
        auto media = anne.store->saveMedia(item.value());
        REQUIRE(media);
        return media.value().identity.uuid;
    };
    const auto shown = [](Replica& r, const QUuid& fiche) {
        QSet<QUuid> uuids;
        const auto media = r.store->mediaOf(fiche);
        REQUIRE(media);
        for (const core::MediaItem& m : media.value())
            uuids.insert(m.identity.uuid);
        return uuids;
    };
    const QUuid lavoir = anne.save(testFiche(QStringLiteral("Lavoir"))).identity.uuid;
    const QUuid calvaire = anne.save(testFiche(QStringLiteral("Calvaire"))).identity.uuid;
    const QUuid p1 = photo(QStringLiteral("p1.png"), QColor(30, 90, 160));
    const QUuid p2 = photo(QStringLiteral("p2.png"), QColor(160, 90, 30));
    REQUIRE(anne.store->linkMedia(lavoir, p1));
    anne.sync();
    bart.sync();
    REQUIRE(shown(bart, lavoir) == QSet<QUuid>{p1});

    // Offline: anne attaches p2 to the lavoir and p1 to the calvaire; bart removes p1 from the
    // lavoir and deletes the calvaire, and syncs first.
    REQUIRE(anne.store->linkMedia(lavoir, p2));
    REQUIRE(anne.store->linkMedia(calvaire, p1));
    REQUIRE(bart.store->unlinkMedia(lavoir, p1));
    CHECK(shown(bart, lavoir).isEmpty());
    REQUIRE(bart.store->removeObservation(calvaire));
    CHECK(bart.sync().conflicts == 0);
    const auto a = anne.sync();
    CHECK(a.conflicts == 1);
    bart.sync();
    anne.sync();

    // Set operations: p2 added and p1 removed, on both replicas.
    CHECK(shown(anne, lavoir) == QSet<QUuid>{p2});
    CHECK(shown(bart, lavoir) == QSet<QUuid>{p2});
    CHECK(anne.all() == bart.all());
    // The attach to the deleted calvaire: kept, and recorded with both states for anne.
    const auto conflicts = anne.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].conflict.kind == core::ConflictKind::UpdateDeleted);
    CHECK(conflicts[0].conflict.record == calvaire);
    CHECK(conflicts[0].conflict.field == QStringLiteral("deleted"));
    CHECK(conflicts[0].conflict.incomingValue == QJsonValue(false));
    CHECK(conflicts[0].conflict.serverValue == QJsonValue(true));
    CHECK(conflicts[0].conflict.serverAuthor == QStringLiteral("bart"));
    CHECK(anne.store->observation(calvaire).value().identity.deleted);
    // "Keep mine" (what the conflicts view writes): the calvaire comes back with its photo.
    anne.edit(calvaire, [](core::Observation&) {});  // a save of a deleted fiche restores it
    anne.sync();
    bart.sync();
    CHECK_FALSE(bart.store->observation(calvaire).value().identity.deleted);
    CHECK(shown(bart, calvaire) == QSet<QUuid>{p1});
    CHECK(anne.all() == bart.all());
}

TEST_CASE("sync over HTTP: atlas-cli sync, headless")
{
    ServerFixture s(Backend::SpatiaLite);
    seed(s);
    s.start();
    auto anneNet = loggedIn(s, QStringLiteral("anne"));
    Replica anne(s.dir(), QStringLiteral("anne"), *anneNet, s.url());
    for (int i = 0; i < 3; ++i)
        anne.save(testFiche(QStringLiteral("Fiche %1").arg(i)));
    anne.store.reset();  // the CLI opens the file itself
    const QString pw = s.dir().writeFile(QStringLiteral("anne.pw"), "pw-anne\n");
    QProcess cli;
    cli.start(QStringLiteral(ATLAS_CLI_PATH), {QStringLiteral("sync"), anne.path, QStringLiteral("--server"), s.url(),
                                               QStringLiteral("--user"), QStringLiteral("anne"),
                                               QStringLiteral("--password-file"), pw, QStringLiteral("--json")});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    CHECK(report.value("group").toString() == QStringLiteral("caue"));  // the account's only group
    CHECK(report.value("pushed").toInt() == 3);
    CHECK(report.value("pulled").toInt() == 3);

    QProcess wrong;
    wrong.start(QStringLiteral(ATLAS_CLI_PATH), {QStringLiteral("sync"), anne.path, QStringLiteral("--server"), s.url(),
                                                 QStringLiteral("--user"), QStringLiteral("anne"),
                                                 QStringLiteral("--password-file"), s.dir().writeFile("bad.pw", "nope\n")});
    REQUIRE(wrong.waitForFinished(60000));
    CHECK(wrong.exitCode() == 1);
    CHECK(QString::fromUtf8(wrong.readAllStandardError()).contains(QStringLiteral("HTTP 401")));
}
