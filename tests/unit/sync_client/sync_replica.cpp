#include "sync_replica.h"

#include "support/test_support.h"

#include "core/model/atlas_document.h"
#include "core/model/observation_json.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QThread>

namespace atlas::test {

Replica::Replica(const TempDir& dir, const QString& name, gis::SyncTransport& transport, const QString& server,
                 const QString& group)
    : transport(transport), author(name), server(server), group(group)
{
    path = dir.filePath(name + QStringLiteral(".atlas"));
    core::AtlasDocument doc;
    doc.title = name;
    REQUIRE(gis::createAtlas(path, doc));
    auto opened = gis::ObservationStore::open(path);
    REQUIRE(opened);
    store = opened.take();
}

gis::SyncOptions Replica::options(int batch) const
{
    return {server, group, author, batch, batch};
}

gis::SyncReport Replica::sync(int batch)
{
    gis::SyncClient client(*store, transport, options(batch));
    auto report = client.sync();
    INFO((report ? QString() : report.error().message()).toStdString());
    REQUIRE(report);
    return report.value();
}

core::Observation Replica::save(core::Observation o)
{
    auto saved = store->saveObservation(o);
    REQUIRE(saved);
    return saved.value();
}

core::Observation Replica::edit(const QUuid& uuid, const std::function<void(core::Observation&)>& change)
{
    auto o = store->observation(uuid);
    REQUIRE(o);
    change(o.value());
    return save(o.value());
}

QMap<QString, QJsonObject> Replica::all()
{
    QMap<QString, QJsonObject> map;
    auto q = store->database().prepare(QStringLiteral("SELECT uuid FROM observations"));
    REQUIRE(q);
    while (q.value().step()) {
        auto o = store->observation(QUuid::fromString(q.value().text(0)));
        REQUIRE(o);
        map.insert(q.value().text(0), core::observationToJson(o.value()));
    }
    return map;
}

qint64 Replica::logRows()
{
    auto rows = gis::readChangeLog(store->database());
    REQUIRE(rows);
    return rows.value().size();
}

QList<gis::LocalConflict> Replica::conflicts()
{
    auto list = gis::SyncLocalState(store->database()).conflicts();
    REQUIRE(list);
    return list.value();
}

gis::FicheSyncState Replica::state(const QUuid& uuid)
{
    auto states = gis::SyncLocalState(store->database()).ficheStates();
    REQUIRE(states);
    return states.value().value(uuid);
}

core::Observation testFiche(const QString& title)
{
    core::Observation o = core::Observation::create(core::ObservationKind::Landmark);
    o.titleFr = title;
    o.descriptionFr = QStringLiteral("description de ") + title;
    o.themes = {QStringLiteral("patrimoine")};
    o.scope = core::SharingScope::Group;
    return o;
}

void editConcurrently(Replica& anne, Replica& bart, const QUuid& f1, const QUuid& f2, const QUuid& f3)
{
    anne.edit(f1, [](core::Observation& o) { o.titleFr = QStringLiteral("Église Saint-Martin"); });
    bart.edit(f1, [](core::Observation& o) { o.descriptionFr = QStringLiteral("Clocher du XVIe"); });
    anne.edit(f2, [](core::Observation& o) { o.titleFr = QStringLiteral("Lavoir (Anne)"); });
    tick();
    bart.edit(f2, [](core::Observation& o) { o.titleFr = QStringLiteral("Lavoir (Bart)"); });
    REQUIRE(anne.store->removeObservation(f3));
    bart.edit(f3, [](core::Observation& o) { o.tags = {QStringLiteral("à garder")}; });
}

void tick()
{
    QThread::msleep(5);
}

}  // namespace atlas::test
