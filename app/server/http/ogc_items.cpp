#include "http/ogc_items.h"

#include "core/model/observation_json.h"
#include "http/fiche_input.h"

#include <QDateTime>
#include <QStringList>

namespace atlas::server {

QJsonObject featureJson(const FicheRecord& fiche)
{
    QJsonObject properties = ficheJson(fiche);
    for (const char* key : {"geometry", "lon", "lat", "uuid", "deleted"})
        properties.remove(QLatin1String(key));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("id"), fiche.observation.identity.uuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("geometry"), wkbToGeoJson(fiche.observation.geometryWkb)},
                       {QStringLiteral("properties"), properties}};
}

core::Result<BoundingBox> parseBbox(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const auto bad = [&](const QString& why) {
        return core::Error{{}, QStringLiteral("bbox"), why};
    };
    if (parts.size() != 4 && parts.size() != 6)
        return bad(QStringLiteral("4 numbers minLon,minLat,maxLon,maxLat (or 6 with heights)"));
    QList<double> v;
    for (const QString& p : parts) {
        bool ok = false;
        v << p.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v.last()))
            return bad(QStringLiteral("'%1' is not a number").arg(p.left(40)));
    }
    // With 6 numbers the heights are the 3rd and 6th.
    const BoundingBox box = parts.size() == 4 ? BoundingBox{v[0], v[1], v[2], v[3]} : BoundingBox{v[0], v[1], v[3], v[4]};
    if (box.minX > box.maxX || box.minY > box.maxY)
        return bad(QStringLiteral("the minimum is above the maximum"));
    if (box.minX < -180 || box.maxX > 180 || box.minY < -90 || box.maxY > 90)
        return bad(QStringLiteral("longitudes -180..180 and latitudes -90..90 (CRS84)"));
    return box;
}

core::Result<DateRange> parseDatetime(const QString& text)
{
    const auto parseDay = [](const QString& s, QDate& out) {
        if (s.isEmpty() || s == QLatin1String(".."))
            return true;
        out = QDate::fromString(s, Qt::ISODate);
        if (!out.isValid()) {
            const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
            out = dt.isValid() ? dt.toUTC().date() : QDate();
        }
        return out.isValid();
    };
    const QStringList parts = text.split(QLatin1Char('/'));
    DateRange r;
    if (parts.size() > 2 || text.isEmpty() || !parseDay(parts[0], r.from) || !parseDay(parts.value(1), r.to))
        return core::Error{{}, QStringLiteral("datetime"),
                           QStringLiteral("an RFC 3339 date or date-time, or an interval START/END ('..' for open)")};
    if (parts.size() == 1)
        r.to = r.from;
    if (r.from.isValid() && r.to.isValid() && r.from > r.to)
        return core::Error{{}, QStringLiteral("datetime"), QStringLiteral("the interval ends before it starts")};
    return r;
}

}  // namespace atlas::server
