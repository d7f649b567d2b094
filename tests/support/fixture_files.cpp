#include "support/fixture_files.h"

namespace atlas::test {
namespace {

QByteArray position(QPointF p)
{
    return "[" + QByteArray::number(p.x(), 'g', 17) + "," + QByteArray::number(p.y(), 'g', 17) + "]";
}

QByteArray positions(const Ring& points)
{
    QByteArrayList parts;
    for (const QPointF& p : points)
        parts << position(p);
    return "[" + parts.join(',') + "]";
}

}  // namespace

namespace geojson {

QByteArray point(QPointF p)
{
    return R"({"type":"Point","coordinates":)" + position(p) + "}";
}

QByteArray lineString(const Ring& points)
{
    return R"({"type":"LineString","coordinates":)" + positions(points) + "}";
}

QByteArray polygon(const QList<Ring>& rings)
{
    QByteArrayList parts;
    for (const Ring& r : rings)
        parts << positions(r);
    return R"({"type":"Polygon","coordinates":[)" + parts.join(',') + "]}";
}

QByteArray feature(const QByteArray& geometry, const QByteArray& properties)
{
    return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

QByteArray featureCollection(const QList<QByteArray>& features)
{
    return R"({"type":"FeatureCollection","features":[)" + QByteArrayList(features).join(",\n") + "]}\n";
}

}  // namespace geojson

QByteArray csv(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows)
        out += row.join(QLatin1Char(',')).toUtf8() + "\n";
    return out;
}

}  // namespace atlas::test
