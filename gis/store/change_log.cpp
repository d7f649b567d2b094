#include "gis/store/change_log.h"

#include "gis/store/sqlite_database.h"

#include <QJsonDocument>

namespace atlas::gis {

core::Status appendChange(SqliteDatabase& db, ChangeLogEntry e)
{
    if (e.opUuid.isNull())
        e.opUuid = QUuid::createUuid();
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    auto q = db.prepare(QStringLiteral(
        "INSERT INTO change_log (op_uuid, record_table, record_uuid, operation, base_version, new_version, "
        "changes, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q.value()
        .bind(1, e.opUuid.toString(QUuid::WithoutBraces))
        .bind(2, e.table)
        .bind(3, e.record.toString(QUuid::WithoutBraces))
        .bind(4, e.operation)
        .bind(5, e.baseVersion)
        .bind(6, e.newVersion)
        .bind(7, QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)))
        .bind(8, e.at.toString(Qt::ISODateWithMs));
    q.value().step();
    if (!q.value().ok())
        return core::Error{db.path(), QStringLiteral("change_log"), q.value().errorString()};
    return core::Done{};
}

core::Result<QList<ChangeLogEntry>> readChangeLog(SqliteDatabase& db, qint64 afterSeq, const QUuid& record, int limit)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT seq, op_uuid, record_table, record_uuid, operation, base_version, new_version, changes, at "
        "FROM change_log WHERE seq > ? AND (? = '' OR record_uuid = ?) ORDER BY seq LIMIT ?"));
    if (!q)
        return q.error();
    const QString uuid = record.isNull() ? QString() : record.toString(QUuid::WithoutBraces);
    SqliteStatement& s = q.value();
    s.bind(1, afterSeq).bind(2, uuid).bind(3, uuid).bind(4, limit > 0 ? limit : -1);
    QList<ChangeLogEntry> entries;
    while (s.step()) {
        ChangeLogEntry e;
        e.seq = s.integer(0);
        e.opUuid = QUuid::fromString(s.text(1));
        e.table = s.text(2);
        e.record = QUuid::fromString(s.text(3));
        e.operation = s.text(4);
        e.baseVersion = int(s.integer(5));
        e.newVersion = int(s.integer(6));
        e.changes = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
        e.at = QDateTime::fromString(s.text(8), Qt::ISODateWithMs);
        entries << e;
    }
    if (!s.ok())
        return core::Error{db.path(), QStringLiteral("change_log"), s.errorString()};
    return entries;
}

ChangeLogEntry savedRecordChange(const QString& table, const core::RecordIdentity* before,
                                 core::RecordIdentity& identity, QJsonObject changes)
{
    ChangeLogEntry entry;
    entry.table = table;
    entry.record = identity.uuid;
    entry.operation = before ? QStringLiteral("update") : QStringLiteral("insert");
    entry.baseVersion = before ? before->version : 0;
    if (before && before->deleted)
        changes.insert(QStringLiteral("deleted"), QJsonObject{{QStringLiteral("old"), true}, {QStringLiteral("new"), false}});
    entry.changes = changes;
    identity.version = before ? before->version + 1 : 1;
    identity.modified = QDateTime::currentDateTimeUtc();
    entry.newVersion = identity.version;
    entry.at = identity.modified;
    return entry;
}

ChangeLogEntry deletedRecordChange(const QString& table, core::RecordIdentity& identity)
{
    ChangeLogEntry entry;
    entry.table = table;
    entry.record = identity.uuid;
    entry.operation = QStringLiteral("delete");
    entry.baseVersion = identity.version;
    identity.deleted = true;
    identity.version += 1;
    identity.modified = QDateTime::currentDateTimeUtc();
    entry.newVersion = identity.version;
    entry.changes = {{QStringLiteral("deleted"), QJsonObject{{QStringLiteral("old"), false}, {QStringLiteral("new"), true}}}};
    entry.at = identity.modified;
    return entry;
}

}  // namespace atlas::gis
