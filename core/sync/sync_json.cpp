#include "core/sync/sync_json.h"

#include "core/model/translate.h"

#include <QJsonArray>
#include <cmath>

namespace atlas::core {

SyncJsonReader::SyncJsonReader(const QJsonObject& object, QString where, const QStringList& allowed)
    : m_object(object), m_where(std::move(where))
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key())) {
            fail(it.key(), tr("unknown key"));
            break;
        }
}

void SyncJsonReader::fail(const QString& key, const QString& reason)
{
    if (!m_error)
        m_error = Error{{}, key.isEmpty() ? m_where : m_where + QLatin1Char('.') + key, reason};
}

QJsonValue SyncJsonReader::take(const QString& key, bool required, const char* type)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            fail(key, tr("missing (%1 expected)").arg(QLatin1String(type)));
        return QJsonValue::Undefined;
    }
    return v;
}

QString SyncJsonReader::string(const QString& key, bool required)
{
    const QJsonValue v = take(key, required, "string");
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, tr("a string is expected"));
        return {};
    }
    return v.toString();
}

QUuid SyncJsonReader::uuid(const QString& key, bool required)
{
    const QJsonValue v = take(key, required, "UUID");
    if (v.isUndefined())
        return {};
    const QUuid u = QUuid::fromString(v.toString());
    if (!v.isString() || u.isNull())
        fail(key, tr("a UUID is expected"));
    return u;
}

qint64 SyncJsonReader::integer(const QString& key, qint64 minimum, bool required)
{
    const QJsonValue v = take(key, required, "integer");
    if (v.isUndefined())
        return minimum;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15) {
        fail(key, tr("an integer is expected"));
        return minimum;
    }
    if (d < double(minimum)) {
        fail(key, tr("must be at least %1").arg(minimum));
        return minimum;
    }
    return qint64(d);
}

bool SyncJsonReader::boolean(const QString& key)
{
    const QJsonValue v = take(key, true, "boolean");
    if (!v.isUndefined() && !v.isBool())
        fail(key, tr("true or false is expected"));
    return v.toBool();
}

QDateTime SyncJsonReader::time(const QString& key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(key, tr("an ISO 8601 time is expected"));
    return t.toUTC();
}

QJsonObject SyncJsonReader::child(const QString& key)
{
    const QJsonValue v = take(key, true, "object");
    if (!v.isUndefined() && !v.isObject())
        fail(key, tr("an object is expected"));
    return v.toObject();
}

QJsonArray SyncJsonReader::array(const QString& key)
{
    const QJsonValue v = take(key, true, "array");
    if (!v.isUndefined() && !v.isArray())
        fail(key, tr("an array is expected"));
    return v.toArray();
}

QString uuidString(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString syncTimeString(const QDateTime& time)
{
    // A record's stamps repeat the same few times (every field of an op has the op's):
    // formatting dates showed in the server's push profile, so the last one is remembered.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (lastText.isEmpty() || time != lastTime) {
        lastTime = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

}  // namespace atlas::core
