#pragma once
// The activity database inside an atlas: activities saved and deleted (tombstones) with
// their change-log rows in the same transaction, listed by type, status and year.

#include "core/model/activity.h"
#include "core/model/result.h"
#include "gis/store/record_table.h"

#include <QList>
#include <optional>

namespace atlas::gis {

struct ActivityFilter {
    std::optional<core::ActivityType> type;
    std::optional<core::ActivityStatus> status;
    int year = 0;  // activities that start in this year; 0: any
    QString text;  // in titles, organisation or people, case-insensitive; empty: any
};

class ActivityStore {
public:
    // Borrows an open atlas connection (schema already migrated, e.g. ObservationStore's).
    explicit ActivityStore(SqliteDatabase& db);

    // Inserts or updates; a new version and a change-log row only when content changed.
    core::Result<core::Activity> save(const core::Activity& activity);
    // Marks it deleted (a tombstone the sync carries); unknown UUIDs are an error.
    core::Status remove(const QUuid& uuid);
    core::Result<core::Activity> activity(const QUuid& uuid);
    // Live activities matching `filter`, by start date (undated last), then title.
    core::Result<QList<core::Activity>> list(const ActivityFilter& filter = {});

private:
    RecordTable<core::Activity> m_table;
};

}  // namespace atlas::gis
