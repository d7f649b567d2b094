#pragma once
// One replica for sync tests: a real atlas file with its ObservationStore, synced through any
// transport, with helpers to edit fiches and to compare replicas record by record.

#include "support/temp_dir.h"

#include "core/model/observation.h"
#include "gis/store/observation_store.h"
#include "gis/sync/sync_client.h"
#include "gis/sync/sync_local_state.h"
#include "gis/sync/sync_transport.h"

#include <QJsonObject>
#include <QMap>
#include <functional>
#include <memory>

namespace atlas::test {

struct Replica {
    // Creates `<name>.atlas` in `dir`; `name` is also the author stamped on its ops.
    Replica(const TempDir& dir, const QString& name, gis::SyncTransport& transport,
            const QString& server = QStringLiteral("memory"), const QString& group = QStringLiteral("caue"));

    gis::SyncReport sync(int batch = 1000);
    core::Observation save(core::Observation o);
    core::Observation edit(const QUuid& uuid, const std::function<void(core::Observation&)>& change);
    // Every fiche, tombstones included, as JSON by UUID.
    QMap<QString, QJsonObject> all();
    qint64 logRows();
    QList<gis::LocalConflict> conflicts();
    gis::FicheSyncState state(const QUuid& uuid);
    gis::SyncOptions options(int batch = 1000) const;

    gis::SyncTransport& transport;
    QString author, server, group;
    QString path;
    std::unique_ptr<gis::ObservationStore> store;
};

// A landmark with a title, a description and a theme.
core::Observation testFiche(const QString& title);
// The offline session both sync tests replay on fiches "Église", "Lavoir", "Calvaire": anne
// retitles f1 and f2 and deletes f3; bart describes f1, retitles f2 just after, tags f3.
void editConcurrently(Replica& anne, Replica& bart, const QUuid& f1, const QUuid& f2, const QUuid& f3);
// Edits made in the same millisecond would tie; last-writer-wins needs them apart.
void tick();

}  // namespace atlas::test
