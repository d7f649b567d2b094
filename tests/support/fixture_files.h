#pragma once
// Builders for the text of small fixture files (GeoJSON, CSV), so that tests state
// their geometry in a line instead of hand-written JSON.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace atlas::test {

using Ring = QList<QPointF>;

namespace geojson {
QByteArray point(QPointF p);
QByteArray lineString(const Ring& points);
// The first ring is the outer ring; the others are holes.
QByteArray polygon(const QList<Ring>& rings);
// `properties` is a JSON object text, e.g. R"({"name":"Lille"})".
QByteArray feature(const QByteArray& geometry, const QByteArray& properties = "{}");
QByteArray featureCollection(const QList<QByteArray>& features);
}  // namespace geojson

// Comma-separated rows, the first one being the header; no quoting needed by our tests.
QByteArray csv(const QList<QStringList>& rows);

}  // namespace atlas::test
