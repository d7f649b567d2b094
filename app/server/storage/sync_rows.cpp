#include "storage/sync_rows.h"

#include "core/sync/sync_schema.h"

#include <QJsonDocument>

namespace atlas::server {

const QString kObservations = QStringLiteral("observations");

QString feedTable(const QString& table)
{
    return table == kObservations ? QStringLiteral("fiches") : table;
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

core::SyncRecord recordFromFiche(const QUuid& uuid, const SqlRow& r)
{
    core::SyncRecord rec;
    rec.table = kObservations;
    rec.record = uuid;
    rec.exists = true;
    const QJsonObject body = parseJson(r.text(0));
    for (const QString& field : core::syncFields(kObservations))
        if (field != QLatin1String("deleted") && body.contains(field))
            rec.fields.insert(field, body.value(field));
    rec.version = int(r.integer(1));
    rec.modified = QDateTime::fromString(r.text(2), Qt::ISODateWithMs);
    rec.deleted = r.integer(3) != 0;
    return rec;
}

}  // namespace atlas::server
