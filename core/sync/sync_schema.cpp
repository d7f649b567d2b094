#include "core/sync/sync_schema.h"

#include "core/model/translate.h"

#include <QJsonArray>
#include <QUuid>

namespace atlas::core {
namespace {

enum class FieldType { Text, OptionalText, TextList, Number, OptionalNumber, Bool };

FieldType fieldType(const QString& table, const QString& field)
{
    static const QStringList lists = {QStringLiteral("themes"), QStringLiteral("tags"), QStringLiteral("links")};
    static const QStringList optionalText = {QStringLiteral("geometry"), QStringLiteral("date_start"),
                                             QStringLiteral("date_end"), QStringLiteral("taken")};
    if (field == QLatin1String("deleted") || table == QLatin1String("observation_media"))
        return FieldType::Bool;
    if (lists.contains(field))
        return FieldType::TextList;
    if (optionalText.contains(field))
        return FieldType::OptionalText;
    if (field == QLatin1String("size"))
        return FieldType::Number;
    if (field == QLatin1String("lon") || field == QLatin1String("lat") || field == QLatin1String("direction"))
        return FieldType::OptionalNumber;
    return FieldType::Text;
}

// Null is "nothing" for every type: an insert's old values are null.
bool hasType(FieldType type, const QJsonValue& v)
{
    if (v.isNull())
        return true;
    switch (type) {
    case FieldType::Text:
        return v.isString();
    case FieldType::OptionalText:
        return v.isString() || v.isNull();
    case FieldType::TextList:
        if (!v.isArray())
            return false;
        for (const QJsonValue& item : v.toArray())
            if (!item.isString())
                return false;
        return true;
    case FieldType::Number:
        return v.isDouble();
    case FieldType::OptionalNumber:
        return v.isDouble() || v.isNull();
    case FieldType::Bool:
        return v.isBool() || v.isNull();
    }
    return false;
}

}  // namespace

const QStringList& syncTables()
{
    static const QStringList tables = {QStringLiteral("observations"), QStringLiteral("media"),
                                       QStringLiteral("observation_media")};
    return tables;
}

const QStringList& syncFields(const QString& table)
{
    static const QStringList observations = {
        QStringLiteral("kind"),       QStringLiteral("title_fr"),       QStringLiteral("title_nl"),
        QStringLiteral("description_fr"), QStringLiteral("description_nl"), QStringLiteral("themes"),
        QStringLiteral("geometry"),   QStringLiteral("date_start"),     QStringLiteral("date_end"),
        QStringLiteral("author"),     QStringLiteral("status"),         QStringLiteral("scope"),
        QStringLiteral("commune"),    QStringLiteral("tags"),           QStringLiteral("links"),
        QStringLiteral("deleted")};
    static const QStringList media = {
        QStringLiteral("sha256"),  QStringLiteral("file_name"), QStringLiteral("mime"),    QStringLiteral("size"),
        QStringLiteral("title"),   QStringLiteral("caption"),   QStringLiteral("credits"), QStringLiteral("licence"),
        QStringLiteral("taken"),   QStringLiteral("lon"),       QStringLiteral("lat"),     QStringLiteral("direction"),
        QStringLiteral("deleted")};
    static const QStringList links = {QStringLiteral("deleted")};
    static const QStringList none;
    if (table == QLatin1String("observations"))
        return observations;
    if (table == QLatin1String("media"))
        return media;
    if (table == QLatin1String("observation_media"))
        return links;
    return none;
}

Status checkSyncField(const QString& table, const QString& field, const QJsonValue& value)
{
    if (!syncTables().contains(table))
        return Error{{}, table, tr("not a shared table (sync schema %1)").arg(kSyncProtocolVersion)};
    const bool linkField = table == QLatin1String("observation_media") && !QUuid::fromString(field).isNull();
    if (!linkField && !syncFields(table).contains(field))
        return Error{{}, table + QLatin1Char('.') + field,
                     tr("not a field of this table in sync schema %1").arg(kSyncProtocolVersion)};
    if (!value.isUndefined() && !hasType(fieldType(table, field), value))
        return Error{{}, table + QLatin1Char('.') + field, tr("value of the wrong type")};
    return Done{};
}

Status checkSyncProtocol(int theirs, const QString& peer)
{
    if (theirs == kSyncProtocolVersion)
        return Done{};
    return Error{{}, peer,
                 tr("speaks sync protocol %1, this program speaks %2: both must run the same version of "
                    "Atlas Territoires")
                     .arg(theirs)
                     .arg(kSyncProtocolVersion)};
}

}  // namespace atlas::core
