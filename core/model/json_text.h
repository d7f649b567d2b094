#pragma once
// A compact JSON writer straight to UTF-8 text, for the hot paths of the sync (thousands of
// records a second): building a QJsonObject only to serialise it cost more than the SQL.

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace atlas::core {

class JsonText {
public:
    JsonText& beginObject() { return open('{'); }
    JsonText& endObject() { return close('}'); }
    JsonText& beginArray() { return open('['); }
    JsonText& endArray() { return close(']'); }
    // A key of the current object; keys are plain ASCII names.
    JsonText& key(QLatin1StringView name);
    JsonText& key(const QString& name);

    JsonText& value(const QString& text);
    JsonText& value(QLatin1StringView text);
    JsonText& value(const char* text) { return value(QLatin1StringView(text)); }
    JsonText& value(qint64 number);
    JsonText& value(int number) { return value(qint64(number)); }
    JsonText& value(double number);
    JsonText& value(bool flag);
    JsonText& value(const QStringList& texts);
    JsonText& value(const QJsonValue& any);  // undefined is written as null
    JsonText& value(const QJsonObject& object);
    JsonText& value(const QJsonArray& array);
    JsonText& null();
    // Already serialised JSON (an object or value written by another JsonText).
    JsonText& raw(const QByteArray& json);

    // key(name).value(v) in one call.
    template <typename T>
    JsonText& field(QLatin1StringView name, const T& v)
    {
        key(name);
        return value(v);
    }

    const QByteArray& bytes() const { return m_out; }
    QString text() const { return QString::fromUtf8(m_out); }

private:
    JsonText& open(char c);
    JsonText& close(char c);
    void separate();
    void string(const QString& text);

    QByteArray m_out;
    bool m_first = true;     // nothing written yet in the innermost object or array
    bool m_afterKey = false;  // a key was written, its value is next
};

}  // namespace atlas::core
