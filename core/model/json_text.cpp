#include "core/model/json_text.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace atlas::core {

void JsonText::separate()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonText& JsonText::open(char c)
{
    separate();
    m_out += c;
    m_first = true;
    return *this;
}

JsonText& JsonText::close(char c)
{
    m_out += c;
    m_first = false;
    return *this;
}

JsonText& JsonText::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::key(const QString& name)
{
    separate();
    string(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

void JsonText::string(const QString& text)
{
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plain = 0;  // start of the run of bytes copied as they are
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(utf8.constData() + plain, utf8.size() - plain);
    m_out += '"';
}

JsonText& JsonText::value(const QString& text)
{
    separate();
    string(text);
    return *this;
}

JsonText& JsonText::value(QLatin1StringView text)
{
    return value(QString(text));
}

JsonText& JsonText::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonText& JsonText::value(double number)
{
    if (!std::isfinite(number))
        return null();  // as QJsonDocument writes them
    separate();
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonText& JsonText::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonText& JsonText::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonText& JsonText::value(const QStringList& texts)
{
    beginArray();
    for (const QString& t : texts)
        value(t);
    return endArray();
}

JsonText& JsonText::value(const QJsonObject& object)
{
    beginObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        key(it.key());
        value(it.value());
    }
    return endObject();
}

JsonText& JsonText::value(const QJsonArray& array)
{
    beginArray();
    for (const QJsonValue& v : array)
        value(v);
    return endArray();
}

JsonText& JsonText::value(const QJsonValue& any)
{
    switch (any.type()) {
    case QJsonValue::Bool:
        return value(any.toBool());
    case QJsonValue::Double: {
        // Whole numbers as integers, as QJsonDocument writes them.
        const double d = any.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return value(qint64(d));
        return value(d);
    }
    case QJsonValue::String:
        return value(any.toString());
    case QJsonValue::Array:
        return value(any.toArray());
    case QJsonValue::Object:
        return value(any.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

JsonText& JsonText::raw(const QByteArray& json)
{
    separate();
    m_out += json;
    return *this;
}

}  // namespace atlas::core
