#include "sync_test_ops.h"

namespace atlas::test {

using core::SyncOp;
using core::SyncOperation;

QUuid replicaA()
{
    return QUuid::fromString(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
}

QUuid replicaB()
{
    return QUuid::fromString(QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"));
}

QUuid replicaC()
{
    return QUuid::fromString(QStringLiteral("cccccccc-0000-4000-8000-000000000003"));
}

QDateTime minute(int minutes)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * minutes);
}

QUuid fiche()
{
    return QUuid::fromString(QStringLiteral("f1c4e000-0000-4000-8000-00000000000f"));
}

static SyncOp op(const QUuid& replica, SyncOperation operation, int base, int atMinute)
{
    SyncOp o;
    o.opUuid = QUuid::createUuid();
    o.table = QStringLiteral("observations");
    o.record = fiche();
    o.operation = operation;
    o.baseVersion = base;
    o.author = replica == replicaA() ? QStringLiteral("anne") : replica == replicaB() ? QStringLiteral("bart")
                                                                                      : QStringLiteral("chloe");
    o.replica = replica;
    o.at = minute(atMinute);
    return o;
}

SyncOp insertOp(const QUuid& replica, const QJsonObject& fields, int atMinute)
{
    SyncOp o = op(replica, SyncOperation::Insert, 0, atMinute);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.fields.insert(it.key(), {QJsonValue(), it.value()});
    return o;
}

SyncOp updateOp(const QUuid& replica, int base, const QString& field, const QJsonValue& oldValue,
                const QJsonValue& newValue, int atMinute)
{
    SyncOp o = op(replica, SyncOperation::Update, base, atMinute);
    o.fields.insert(field, {oldValue, newValue});
    return o;
}

SyncOp deleteOp(const QUuid& replica, int base, int atMinute)
{
    SyncOp o = op(replica, SyncOperation::Delete, base, atMinute);
    o.fields.insert(QStringLiteral("deleted"), {false, true});
    return o;
}

SyncOp restoreOp(const QUuid& replica, int base, int atMinute)
{
    SyncOp o = op(replica, SyncOperation::Update, base, atMinute);
    o.fields.insert(QStringLiteral("deleted"), {true, false});
    return o;
}

core::SyncRecord baseRecord()
{
    core::SyncRecord none;
    none.table = QStringLiteral("observations");
    none.record = fiche();
    return core::mergeSyncOp(none, insertOp(replicaA(),
                                            {{QStringLiteral("title_fr"), QStringLiteral("t0")},
                                             {QStringLiteral("description_fr"), QStringLiteral("d0")}},
                                            0))
        .record;
}

}  // namespace atlas::test
