#pragma once
// Publications (story maps) inside an atlas: saved with a new version and a change-log
// row in one transaction, deleted as tombstones, listed by title.

#include "core/model/publication.h"
#include "core/model/result.h"
#include "gis/store/record_table.h"

#include <QList>
#include <optional>

namespace atlas::gis {

class PublicationStore {
public:
    // Borrows an open atlas connection (schema already migrated, e.g. ObservationStore's).
    explicit PublicationStore(SqliteDatabase& db);

    // Inserts or updates; a new version and a change-log row only when content changed.
    core::Result<core::Publication> save(const core::Publication& publication);
    core::Status remove(const QUuid& uuid);
    core::Result<core::Publication> publication(const QUuid& uuid);
    // Live publications, by French title then Dutch title.
    core::Result<QList<core::Publication>> list();

private:
    RecordTable<core::Publication> m_table;
};

}  // namespace atlas::gis
