#pragma once
// Strict reading of protocol JSON: each accessor checks presence and type and names the
// key path in its error, so a bad message is refused with a precise reason.

#include "core/model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonArray>
#include <optional>
#include <QUuid>

namespace atlas::core {

class SyncJsonReader {
public:
    // `where` names the object in errors ("ops[3]"); `allowed` lists the keys it may hold.
    SyncJsonReader(const QJsonObject& object, QString where, const QStringList& allowed);

    const QJsonObject& object() const { return m_object; }
    const QString& where() const { return m_where; }
    // The first error met, or empty.
    const std::optional<Error>& error() const { return m_error; }

    QString string(const QString& key, bool required = true);
    QUuid uuid(const QString& key, bool required = true);
    qint64 integer(const QString& key, qint64 minimum = 0, bool required = true);
    bool boolean(const QString& key);
    QDateTime time(const QString& key, bool required = true);
    QJsonObject child(const QString& key);
    QJsonArray array(const QString& key);
    void fail(const QString& key, const QString& reason);

private:
    QJsonValue take(const QString& key, bool required, const char* type);

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

QString uuidString(const QUuid& uuid);
QString syncTimeString(const QDateTime& time);

}  // namespace atlas::core
