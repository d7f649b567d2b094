#include "core/model/media_json.h"

namespace atlas::core {

QJsonObject mediaToJson(const MediaItem& m)
{
    const auto opt = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return {{QStringLiteral("sha256"), m.sha256},     {QStringLiteral("file_name"), m.fileName},
            {QStringLiteral("mime"), m.mime},         {QStringLiteral("size"), double(m.size)},
            {QStringLiteral("title"), m.title},       {QStringLiteral("caption"), m.caption},
            {QStringLiteral("credits"), m.credits},   {QStringLiteral("licence"), m.licence},
            {QStringLiteral("taken"), m.taken.isValid() ? QJsonValue(m.taken.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("lon"), opt(m.lon)},      {QStringLiteral("lat"), opt(m.lat)},
            {QStringLiteral("direction"), opt(m.direction)}};
}

MediaItem mediaFromJson(const QJsonObject& j, const RecordIdentity& identity)
{
    const auto opt = [&](const char* key) {
        const QJsonValue v = j.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    MediaItem m;
    m.identity = identity;
    m.sha256 = j.value(QStringLiteral("sha256")).toString();
    m.fileName = j.value(QStringLiteral("file_name")).toString();
    m.mime = j.value(QStringLiteral("mime")).toString();
    m.size = qint64(j.value(QStringLiteral("size")).toDouble());
    m.title = j.value(QStringLiteral("title")).toString();
    m.caption = j.value(QStringLiteral("caption")).toString();
    m.credits = j.value(QStringLiteral("credits")).toString();
    m.licence = j.value(QStringLiteral("licence")).toString();
    m.taken = QDateTime::fromString(j.value(QStringLiteral("taken")).toString(), Qt::ISODate);
    m.lon = opt("lon");
    m.lat = opt("lat");
    m.direction = opt("direction");
    return m;
}

}  // namespace atlas::core
