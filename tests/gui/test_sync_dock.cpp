// The sync panel in the main window against a real atlas-server started by the test: log in,
// sync with progress, fiche states in the observations list, a same-field conflict shown
// side by side and kept as a new edit that syncs, cancel between steps, automatic sync.

#include "gui/gui_fixture.h"
#include "server_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "sync_fault_support.h"
#include "sync_replica.h"

#include "core/model/atlas_document.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/observation_store.h"
#include "gis/sync/http_sync_transport.h"
#include "ui/docks/observations_dock.h"
#include "ui/models/observation_list_model.h"
#include "ui/observatory/observatory_feature.h"
#include "ui/observatory/observatory_session.h"
#include "ui/sync/sync_conflicts_view.h"
#include "ui/sync/sync_dock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

namespace {

// The sync state shown in the observations list for the fiche titled `title` (empty: not listed).
QString listedState(ui::ObservationsDock* dock, const QString& title)
{
    auto* view = dock->findChild<QTableView*>();
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::ObservationListModel::Title).data().toString() == title)
            return model->index(row, ui::ObservationListModel::Sync).data().toString();
    return {};
}

bool waitForState(ui::ObservationsDock* dock, const QString& title, const QString& state)
{
    return QTest::qWaitFor([&] { return listedState(dock, title) == state; }, 15000);
}

bool clickAndWait(ui::SyncDock* dock, QPushButton* button, int timeoutMs = 60000)
{
    QSignalSpy done(dock, &ui::SyncDock::syncFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    return done.wait(timeoutMs) && done.first().first().toBool();
}

}  // namespace

TEST_CASE("the sync panel logs in, syncs, shows fiche states and resolves a conflict", "[gui][sync]")
{
    ServerFixture s(Backend::SpatiaLite);
    s.addGroup(QStringLiteral("caue"));
    for (const QString& name : {QStringLiteral("anne"), QStringLiteral("bart")}) {
        s.addUser(name, QStringLiteral("pw-") + name);
        s.addMember(QStringLiteral("caue"), name, QStringLiteral("animator"));
    }
    s.start();
    gis::HttpSyncTransport bartNet(QUrl(s.url()), QStringLiteral("caue"));
    REQUIRE(bartNet.login(QStringLiteral("bart"), QStringLiteral("pw-bart")));
    Replica bart(s.dir(), QStringLiteral("bart"), bartNet, s.url());
    const QUuid moulin = bart.save(testFiche(QStringLiteral("Moulin"))).identity.uuid;
    bart.sync();

    const QString atlas = s.dir().filePath(QStringLiteral("anne-desk.atlas"));
    REQUIRE(gis::createAtlas(atlas, core::AtlasDocument{}));
    GuiFixture f;
    REQUIRE(f.window->openAtlas(atlas));
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::ObservatorySession* session = feature->session();
    ui::ObservationsDock* list = feature->dock();
    auto* dock = f.window->findChild<ui::SyncDock*>(QStringLiteral("SyncDock"));
    REQUIRE(dock);
    REQUIRE(session->addObservation(testFiche(QStringLiteral("Lavoir"))));
    CHECK(waitForState(list, QStringLiteral("Lavoir"), QStringLiteral("Local only")));

    // Sync before logging in is refused with a reason.
    CHECK_FALSE(dock->syncNow());
    CHECK(dock->statusLabel()->text().contains(QStringLiteral("Log in")));

    dock->serverEdit()->setText(s.url());
    dock->userEdit()->setText(QStringLiteral("anne"));
    QTest::keyClicks(dock->passwordEdit(), QStringLiteral("pw-anne"));
    QSignalSpy login(dock, &ui::SyncDock::loginFinished);
    QTest::mouseClick(dock->loginButton(), Qt::LeftButton);
    REQUIRE(login.wait(30000));
    INFO(dock->statusLabel()->text().toStdString());
    REQUIRE(login.first().first().toBool());
    CHECK(dock->groupBox()->currentText() == QStringLiteral("caue"));
    if (!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))) {
        // No keychain service here: the panel says the password stays in memory only.
        CHECK(QTest::qWaitFor([&] { return dock->keychainLabel()->isVisibleTo(dock); }, 15000));
        CHECK(dock->keychainLabel()->text().contains(QStringLiteral("memory")));
    }

    REQUIRE(clickAndWait(dock, dock->syncButton()));
    CHECK(waitForState(list, QStringLiteral("Moulin"), QStringLiteral("Synced")));
    CHECK(waitForState(list, QStringLiteral("Lavoir"), QStringLiteral("Synced")));
    CHECK(bart.sync().pulled == 1);

    // The same field edited on both sides: anne first, bart later (bart's value wins).
    auto before = session->observation(moulin);
    REQUIRE(before);
    core::Observation after = before.value();
    after.titleFr = QStringLiteral("Moulin (Anne)");
    REQUIRE(session->editObservation(before.value(), after));
    CHECK(waitForState(list, QStringLiteral("Moulin (Anne)"), QStringLiteral("Modified")));
    tick();
    bart.edit(moulin, [](core::Observation& o) { o.titleFr = QStringLiteral("Moulin (Bart)"); });
    bart.sync();
    REQUIRE(clickAndWait(dock, dock->syncButton()));
    CHECK(waitForState(list, QStringLiteral("Moulin (Bart)"), QStringLiteral("Conflict")));
    ui::SyncConflictsView* conflicts = dock->conflictsView();
    REQUIRE(conflicts->count() == 1);
    QTableWidget* table = conflicts->table();
    CHECK(table->item(0, 0)->text() == QStringLiteral("Moulin (Bart)"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Title (French)"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Moulin (Anne)"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Moulin (Bart)"));
    dock->show();
    dock->raise();
    dock->resize(520, 640);
    CHECK(dock->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/sync-conflicts.png")));
    list->show();
    list->raise();
    CHECK(list->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/sync-states.png")));
    // In French, from the shipped translations.
    f.languages->setPreference(QStringLiteral("fr"));
    CHECK(QTest::qWaitFor([&] { return dock->syncButton()->text() == QStringLiteral("Synchroniser maintenant"); }, 5000));
    CHECK(conflicts->keepMineButton()->text() == QStringLiteral("Garder la mienne"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Titre (français)"));
    CHECK(waitForState(list, QStringLiteral("Moulin (Bart)"), QStringLiteral("Conflit")));
    f.languages->setPreference(QStringLiteral("en"));
    CHECK(QTest::qWaitFor([&] { return dock->syncButton()->text() == QStringLiteral("Sync now"); }, 5000));

    // Keep mine: a new local edit, the conflict closed, pushed by the next sync.
    table->selectRow(0);
    QTest::mouseClick(conflicts->keepMineButton(), Qt::LeftButton);
    CHECK(conflicts->count() == 0);
    CHECK(session->observation(moulin).value().titleFr == QStringLiteral("Moulin (Anne)"));
    CHECK(waitForState(list, QStringLiteral("Moulin (Anne)"), QStringLiteral("Modified")));
    REQUIRE(clickAndWait(dock, dock->syncButton()));
    CHECK(waitForState(list, QStringLiteral("Moulin (Anne)"), QStringLiteral("Synced")));
    bart.sync();
    CHECK(bart.store->observation(moulin).value().titleFr == QStringLiteral("Moulin (Anne)"));

    // Cancel between steps: what was sent stays sent, the next sync sends the rest.
    REQUIRE(session->store()->batch([&]() -> core::Status {
        for (int i = 0; i < 300; ++i)
            if (auto saved = session->store()->saveObservation(testFiche(QStringLiteral("Borne %1").arg(i))); !saved)
                return saved.error();
        return core::Done{};
    }));
    dock->setBatchSize(5);
    QSignalSpy done(dock, &ui::SyncDock::syncFinished);
    QTest::mouseClick(dock->syncButton(), Qt::LeftButton);
    CHECK(dock->isSyncing());
    CHECK(dock->cancelButton()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return dock->progressBar()->value() > 0 || !done.isEmpty(); }, 30000));
    QTest::mouseClick(dock->cancelButton(), Qt::LeftButton);
    REQUIRE((!done.isEmpty() || done.wait(60000)));
    CHECK(dock->statusLabel()->text().contains(QStringLiteral("cancelled")));
    const qint64 acked = ackedSeq(atlas);
    const qint64 rows = gis::readChangeLog(session->store()->database()).value().size();
    CHECK(acked > 0);
    CHECK(acked < rows);
    dock->setBatchSize(1000);
    REQUIRE(clickAndWait(dock, dock->syncButton()));
    CHECK(ackedSeq(atlas) == gis::readChangeLog(session->store()->database()).value().last().seq);

    // Automatic sync: bart's new fiche arrives without a click.
    bart.save(testFiche(QStringLiteral("Chapelle")));
    bart.sync();
    dock->setAutoSyncInterval(200);
    QSignalSpy automatic(dock, &ui::SyncDock::syncFinished);
    dock->autoSyncBox()->setChecked(true);
    REQUIRE(automatic.wait(30000));
    dock->autoSyncBox()->setChecked(false);
    CHECK(waitForState(list, QStringLiteral("Chapelle"), QStringLiteral("Synced")));

    // The password is nowhere in the atlas file.
    for (const QString& file : {atlas, atlas + QStringLiteral("-wal")})
        CHECK_FALSE(readAll(file).contains("pw-anne"));
}
