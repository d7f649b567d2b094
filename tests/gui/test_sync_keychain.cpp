// The sync password in a real Secret Service (gnome-keyring on a private D-Bus session, see
// with_secret_service.sh): stored, read back by a fresh SyncCredentials, absent from the
// atlas file, then forgotten.

#include "support/temp_dir.h"
#include "support/test_support.h"

#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "gis/sync/sync_local_state.h"
#include "ui/sync/sync_credentials.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

// The atlas file and its WAL and shared-memory companions, as bytes.
QByteArray atlasBytes(const QString& path)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString loadedPassword(const QString& server, const QString& user)
{
    ui::SyncCredentials fresh;
    QSignalSpy loaded(&fresh, &ui::SyncCredentials::loaded);
    fresh.load(server, user);
    REQUIRE(loaded.wait(15000));
    CHECK(fresh.keychainAvailable());
    return loaded.first().first().toString();
}

}  // namespace

TEST_CASE("the sync password lives in the Secret Service, never in the atlas file", "[sync][keychain]")
{
    // Run through with_secret_service.sh: a private session bus with gnome-keyring on it.
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("keychain.atlas"));
    core::AtlasDocument doc;
    doc.title = QStringLiteral("keychain");
    REQUIRE(gis::createAtlas(path, doc));
    auto store = gis::ObservationStore::open(path);
    REQUIRE(store);
    const QString server = QStringLiteral("http://127.0.0.1:8790"), user = QStringLiteral("anne");
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // What the sync panel keeps in the atlas: the server and group it syncs with.
    REQUIRE(gis::SyncLocalState(store.value()->database()).bindTarget(server, QStringLiteral("caue-nord")));

    {
        ui::SyncCredentials credentials;
        QSignalSpy stored(&credentials, &ui::SyncCredentials::stored);
        credentials.store(server, user, password);
        REQUIRE(stored.wait(15000));
        CHECK(stored.first().first().toBool());  // in the keychain, not in memory
        CHECK(credentials.keychainProblem().isEmpty());
    }
    CHECK(loadedPassword(server, user) == password);
    CHECK(loadedPassword(server, QStringLiteral("bart")).isEmpty());

    const QByteArray bytes = atlasBytes(path);
    CHECK(bytes.contains(server.toUtf8()));  // the bytes searched are the atlas's
    CHECK_FALSE(bytes.contains(password.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray::fromRawData(reinterpret_cast<const char*>(password.utf16()),
                                                       password.size() * 2)));

    ui::SyncCredentials credentials;
    QSignalSpy forgotten(&credentials, &ui::SyncCredentials::forgotten);
    credentials.forget(server, user);
    REQUIRE(forgotten.wait(15000));
    CHECK(forgotten.first().first().toBool());
    CHECK(loadedPassword(server, user).isEmpty());
}
