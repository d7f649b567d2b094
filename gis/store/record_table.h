#pragma once
// A table of shared records (UUID, version, modified, tombstone): reads, saves with a
// new version and a change-log row in one transaction, deletes as tombstones. The
// record type supplies its columns, row reader and writer, and its content changes.

#include "core/model/result.h"
#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QVariantList>
#include <functional>
#include <optional>

namespace atlas::gis {

template <typename T>
struct RecordTableSpec {
    QString table;    // SQL table, also the change log's table name
    QString columns;  // SELECT list, uuid first
    std::function<core::Result<T>(const SqliteStatement&)> read;
    std::function<core::Status(SqliteDatabase&, const T&)> write;  // upsert of the whole row
    std::function<QJsonObject(const T*, const T&)> changes;         // before null: an insert
    QString missing;                                               // "no such …", for people
};

template <typename T>
class RecordTable {
public:
    RecordTable(SqliteDatabase& db, RecordTableSpec<T> spec) : m_db(db), m_spec(std::move(spec)) {}

    // The stored record, tombstones included; empty when there is none.
    core::Result<std::optional<T>> find(const QUuid& uuid)
    {
        auto rows = select(QStringLiteral("WHERE uuid = ?"), {text(uuid)});
        if (!rows)
            return rows.error();
        return rows.value().isEmpty() ? std::optional<T>() : std::optional<T>(rows.value().first());
    }

    // A live record, or an error naming it.
    core::Result<T> get(const QUuid& uuid)
    {
        auto found = find(uuid);
        if (!found)
            return found.error();
        if (!found.value() || found.value()->identity.deleted)
            return core::Error{m_db.path(), text(uuid), m_spec.missing};
        return *found.value();
    }

    // Inserts or updates; unchanged content keeps its version and writes no log row.
    core::Result<T> save(const T& input)
    {
        T stored = input;
        stored.identity.deleted = false;
        auto status = m_db.transaction([&]() -> core::Status {
            auto existing = find(stored.identity.uuid);
            if (!existing)
                return existing.error();
            const std::optional<T>& before = existing.value();
            const QJsonObject changes = m_spec.changes(before ? &*before : nullptr, stored);
            if (before && !before->identity.deleted && changes.isEmpty()) {
                stored = *before;
                return core::Done{};
            }
            const ChangeLogEntry entry =
                savedRecordChange(m_spec.table, before ? &before->identity : nullptr, stored.identity, changes);
            if (auto s = m_spec.write(m_db, stored); !s)
                return s;
            return appendChange(m_db, entry);
        });
        if (!status)
            return status.error();
        return stored;
    }

    // Marks the record deleted; already deleted: nothing more; unknown: an error.
    core::Status remove(const QUuid& uuid)
    {
        return m_db.transaction([&]() -> core::Status {
            auto existing = find(uuid);
            if (!existing)
                return existing.error();
            if (!existing.value())
                return core::Error{m_db.path(), text(uuid), m_spec.missing};
            T gone = *existing.value();
            if (gone.identity.deleted)
                return core::Done{};
            const ChangeLogEntry entry = deletedRecordChange(m_spec.table, gone.identity);
            if (auto s = m_spec.write(m_db, gone); !s)
                return s;
            return appendChange(m_db, entry);
        });
    }

    // Records of `SELECT columns FROM table <clause>` with `args` bound in order.
    core::Result<QList<T>> select(const QString& clause, const QVariantList& args)
    {
        auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 %3").arg(m_spec.columns, m_spec.table, clause));
        if (!q)
            return q.error();
        for (int i = 0; i < args.size(); ++i)
            q.value().bind(i + 1, args[i]);
        QList<T> out;
        while (q.value().step()) {
            auto record = m_spec.read(q.value());
            if (!record)
                return core::Error{m_db.path(), q.value().text(0) + QLatin1Char(' ') + record.error().location,
                                   record.error().reason};
            out << record.take();
        }
        if (!q.value().ok())
            return core::Error{m_db.path(), {}, q.value().errorString()};
        return out;
    }

    SqliteDatabase& database() { return m_db; }

private:
    static QString text(const QUuid& uuid) { return uuid.toString(QUuid::WithoutBraces); }

    SqliteDatabase& m_db;
    RecordTableSpec<T> m_spec;
};

}  // namespace atlas::gis
