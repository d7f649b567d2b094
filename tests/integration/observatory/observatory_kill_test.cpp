// Kill during edits: a writer process is SIGKILLed while it adds and edits fiches; the atlas
// must reopen intact (integrity_check ok) with every write it acknowledged.

#include "core/model/atlas_document.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/observation_store.h"
#include "gis/store/sqlite_database.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace atlas;

TEST_CASE("Killing a process mid-edit loses nothing it committed", "[observatory][kill]")
{
    test::TempDir dir;
    const QString atlasPath = dir.filePath(QStringLiteral("kill.atlas"));
    core::AtlasDocument doc;
    REQUIRE(gis::createAtlas(atlasPath, doc).ok());

    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.setProgram(QStringLiteral(ATLAS_OBS_WRITER_PATH));
        writer.setArguments({atlasPath});
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        // Let it write for a while, reading its acknowledgements, then kill it mid-stride.
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        const int wantAcks = 60 + round * 40;
        while (output.count('\n') < wantAcks && clock.elapsed() < 60000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(200);
            output += writer.readAllStandardOutput();
        }
        REQUIRE(writer.state() == QProcess::Running);
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        INFO(writer.readAllStandardError().toStdString());

        // Highest acknowledged version of each fiche (only complete lines count).
        QHash<QString, int> acknowledged;
        for (const QByteArray& line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "ack")
                acknowledged[QString::fromLatin1(parts[1])] = qMax(acknowledged.value(QString::fromLatin1(parts[1])),
                                                                   parts[2].toInt());
        }
        REQUIRE(acknowledged.size() >= wantAcks / 2 - 1);

        auto reopened = gis::ObservationStore::open(atlasPath);
        REQUIRE(reopened.ok());
        gis::ObservationStore& store = *reopened.value();
        auto check = store.database().prepare(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(check.ok());
        REQUIRE(check.value().step());
        CHECK(check.value().text(0) == "ok");
        int missing = 0;
        for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
            auto o = store.observation(QUuid::fromString(it.key()));
            if (!o.ok() || o.value().identity.version < it.value())
                ++missing;
        }
        CHECK(missing == 0);
        // The change log holds a row for every stored version, no more, no less.
        auto versions = store.database().prepare(QStringLiteral("SELECT coalesce(sum(version), 0) FROM observations"));
        auto logged = store.database().prepare(QStringLiteral("SELECT count(*) FROM change_log"));
        REQUIRE(versions.ok());
        REQUIRE(logged.ok());
        REQUIRE(versions.value().step());
        REQUIRE(logged.value().step());
        CHECK(versions.value().integer(0) == logged.value().integer(0));
        // The full-text index matches the table after the crash too.
        auto fts = store.database().prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM observation_fts) = (SELECT count(*) FROM observations WHERE deleted = 0)"));
        REQUIRE(fts.ok());
        REQUIRE(fts.value().step());
        CHECK(fts.value().integer(0) == 1);
    }
}
