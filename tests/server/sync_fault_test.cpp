// Sync fault tests on both backends, against a real atlas-server and real atlas-cli
// processes: the client or the server killed with SIGKILL in the middle of a push, media
// uploads cut short (on the wire and by the client). Afterwards nothing is lost, nothing is
// applied twice, and every file is sound.

#include "server_fixture.h"
#include "support/test_support.h"
#include "sync_fault_support.h"
#include "sync_replica.h"

#include "gis/media/media_store.h"
#include "gis/sync/http_sync_transport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr int kFiches = 1500;
constexpr int kBatch = 25;  // 60 pushes: room to be killed between the first and the last

void seed(ServerFixture& s)
{
    for (const char* user : {"anne", "bart"}) {
        s.addUser(QLatin1String(user), QStringLiteral("pw-") + QLatin1String(user));
    }
    s.addGroup(QStringLiteral("caue"));
    s.addMember(QStringLiteral("caue"), QStringLiteral("anne"), QStringLiteral("contributor"));
    s.addMember(QStringLiteral("caue"), QStringLiteral("bart"), QStringLiteral("contributor"));
}

QStringList cliSyncArgs(const ServerFixture& s, const QString& atlas)
{
    return {QStringLiteral("sync"), atlas, QStringLiteral("--server"), s.url(), QStringLiteral("--user"),
            QStringLiteral("anne"), QStringLiteral("--password-file"),
            s.dir().writeFile(QStringLiteral("anne.pw"), "pw-anne\n"), QStringLiteral("--group"),
            QStringLiteral("caue"), QStringLiteral("--batch"), QString::number(kBatch), QStringLiteral("--json")};
}

QString serverCount(const ServerFixture& s, const QString& sql)
{
    QString error;
    const QString value = serverScalar(s, sql, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return value;
}

enum class Victim { Client, Server };

// Starts `atlas-cli sync` on an atlas of kFiches new fiches and kills the victim as soon as
// the first push is acknowledged; returns the acknowledged row at that moment.
qint64 killMidPush(ServerFixture& s, const QString& atlas, Victim victim)
{
    QProcess cli;
    cli.start(QStringLiteral(ATLAS_CLI_PATH), cliSyncArgs(s, atlas));
    REQUIRE(cli.waitForStarted(10000));
    QElapsedTimer waited;
    waited.start();
    while (ackedSeq(atlas) <= 0 && cli.state() == QProcess::Running && waited.elapsed() < 120000)
        QThread::msleep(2);
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.state() == QProcess::Running);
    if (victim == Victim::Client) {
        cli.kill();
        REQUIRE(cli.waitForFinished(10000));
        CHECK(cli.exitStatus() == QProcess::CrashExit);
    } else {
        const QString where = s.url().mid(7);
        s.kill();
        REQUIRE(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        INFO(err.toStdString());
        CHECK(cli.exitCode() == 1);  // a clear error, not a crash
        CHECK(err.contains(where));  // names the server it lost
        s.restart();
    }
    const qint64 acked = ackedSeq(atlas);
    CHECK(acked > 0);
    CHECK(acked < kFiches);  // killed in the middle, not after the end
    return acked;
}

}  // namespace

TEST_CASE("sync faults: a client or the server killed mid-push loses nothing and applies nothing twice")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    const Victim victim = GENERATE(Victim::Client, Victim::Server);
    INFO(backendName(backend) << (victim == Victim::Client ? " / client killed" : " / server killed"));
    ServerFixture s(backend);
    seed(s);
    s.start();
    auto anneNet = loggedIn(s, QStringLiteral("anne"));
    Replica anne(s.dir(), QStringLiteral("anne"), *anneNet, s.url());
    REQUIRE(anne.store->batch([&]() -> core::Status {
        for (int i = 0; i < kFiches; ++i)
            if (auto saved = anne.store->saveObservation(testFiche(QStringLiteral("Fiche %1").arg(i))); !saved)
                return saved.error();
        return core::Done{};
    }));
    anne.store.reset();  // the CLI process owns the file now

    const qint64 acked = killMidPush(s, anne.path, victim);
    CHECK(sqliteIntegrity(anne.path) == QStringLiteral("ok"));
    if (backend == Backend::SpatiaLite)
        CHECK(sqliteIntegrity(s.dir().filePath(QStringLiteral("data/server.sqlite"))) == QStringLiteral("ok"));

    // Run again to the end: the rest is pushed, the batch in flight is answered from the
    // server's record of it (it may have been committed before the kill).
    const CommandResult again = runProgram(QStringLiteral(ATLAS_CLI_PATH), cliSyncArgs(s, anne.path));
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(report.value("pushed").toInt() == kFiches - acked);
    CHECK(report.value("conflicts").toInt() == 0);

    // Exactly once on the server: one applied op, one change, one fiche at version 1 each.
    CHECK(serverCount(s, QStringLiteral("SELECT count(*) FROM applied_ops")) == QString::number(kFiches));
    CHECK(serverCount(s, QStringLiteral("SELECT count(*) FROM changes")) == QString::number(kFiches));
    CHECK(serverCount(s, QStringLiteral("SELECT count(*) FROM fiches")) == QString::number(kFiches));
    CHECK(serverCount(s, QStringLiteral("SELECT count(*) FROM fiches WHERE version <> 1")) == QStringLiteral("0"));

    // Another atlas receives exactly what the first one holds.
    auto bartNet = loggedIn(s, QStringLiteral("bart"));
    Replica bart(s.dir(), QStringLiteral("bart"), *bartNet, s.url());
    CHECK(bart.sync().pulled == kFiches);
    auto reopened = gis::ObservationStore::open(anne.path);
    REQUIRE(reopened);
    anne.store = reopened.take();
    CHECK(anne.sync().pushed == 0);
    CHECK(anne.all() == bart.all());
    CHECK(anne.all().size() == kFiches);
    CHECK(sqliteIntegrity(anne.path) == QStringLiteral("ok"));
    if (backend == Backend::SpatiaLite)
        CHECK(sqliteIntegrity(s.dir().filePath(QStringLiteral("data/server.sqlite"))) == QStringLiteral("ok"));
}

TEST_CASE("sync faults: media uploads cut short are refused by hash and the sync resumes")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s);
    s.start();
    auto anneNet = loggedIn(s, QStringLiteral("anne"));
    Replica anne(s.dir(), QStringLiteral("anne"), *anneNet, s.url());
    const auto fiche = anne.save(testFiche(QStringLiteral("Moulin")));
    QStringList shas;
    for (int i = 0; i < 2; ++i) {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(QColor(40 + 100 * i, 90, 160));
        const QString png = s.dir().filePath(QStringLiteral("photo%1.png").arg(i));
        REQUIRE(image.save(png));
        auto item = gis::MediaStore(anne.path).ingest(png);
        REQUIRE(item);
        auto media = anne.store->saveMedia(item.value());
        REQUIRE(media);
        REQUIRE(anne.store->linkMedia(fiche.identity.uuid, media.value().identity.uuid));
        shas << media.value().sha256;
    }
    const std::string token = s.login(QStringLiteral("anne"), QStringLiteral("pw-anne"));
    const QByteArray photo = readAll(gis::MediaStore(anne.path).filePath(shas[1]));
    REQUIRE(photo.size() > 1000);

    // On the wire: the connection drops halfway through the body.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(s.port()));
    REQUIRE(socket.waitForConnected(5000));
    socket.write("POST /api/groups/caue/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 QByteArray::fromStdString(token) + "\r\nX-Content-SHA256: " + shas[1].toLatin1() +
                 "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(photo.size()) + "\r\n\r\n" +
                 photo.left(photo.size() / 2));
    REQUIRE(socket.waitForBytesWritten(5000));
    socket.abort();
    // Whole but altered: same length, one byte changed.
    QByteArray altered = photo;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x5a);
    const Reply corrupt = s.request("POST", "/api/groups/caue/media", altered.toStdString(), token,
                                    {{"X-Content-SHA256", shas[1].toStdString()}}, "image/png");
    CHECK(corrupt.status == 422);
    CHECK(corrupt.json().value("error").toString() == QStringLiteral("hash_mismatch"));
    const QJsonObject ask{{"protocol", 1}, {"group", "caue"}, {"sha256", QJsonArray::fromStringList(shas)}};
    CHECK(s.postJson("/api/sync/media/missing", ask, token).json().value("missing").toArray().size() == 2);
    CHECK(s.get("/api/groups/caue/media/" + shas[1].toStdString(), token).status == 404);

    // The client's second upload is cut short: the server refuses it, nothing is pushed.
    FaultyTransport faulty(*anneNet, 1, 0, 0, 2);
    gis::SyncClient client(*anne.store, faulty, anne.options());
    auto failed = client.sync();
    REQUIRE_FALSE(failed);
    INFO(failed.error().message().toStdString());
    CHECK(failed.error().message().contains(QStringLiteral("HTTP 422")));
    CHECK(faulty.faults().truncatedUploads == 1);
    const QJsonArray stillMissing = s.postJson("/api/sync/media/missing", ask, token).json().value("missing").toArray();
    REQUIRE(stillMissing.size() == 1);
    CHECK(stillMissing.first().toString() == shas[1]);
    CHECK(serverCount(s, QStringLiteral("SELECT count(*) FROM applied_ops")) == QStringLiteral("0"));

    // The next sync resumes: only the refused file is sent, then the records.
    const auto resumed = anne.sync();
    CHECK(resumed.blobsUploaded == 1);
    CHECK(resumed.pushed == 5);  // the fiche, two media, two links
    auto bartNet = loggedIn(s, QStringLiteral("bart"));
    Replica bart(s.dir(), QStringLiteral("bart"), *bartNet, s.url());
    const auto got = bart.sync();
    CHECK(got.blobsDownloaded == 2);
    for (const QString& sha : shas)
        CHECK(fileDigest(gis::MediaStore(bart.path).filePath(sha)) == fileDigest(gis::MediaStore(anne.path).filePath(sha)));
    CHECK(bart.store->mediaOf(fiche.identity.uuid).value().size() == 2);
}
