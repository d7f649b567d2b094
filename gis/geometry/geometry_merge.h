#pragma once
// Merges features' geometries into one (GEOS union): touching or overlapping polygons
// become one polygon, lines meeting end to end one line, anything apart a multi-part.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>

namespace atlas::gis {

// The union of `geometries` (WKB of one kind: points, lines or polygons, same CRS), valid.
// Refused, with the reason, when fewer than two are given, kinds are mixed, or the result
// has several parts while `allowMulti` is false.
core::Result<QByteArray> mergeGeometries(const QList<QByteArray>& geometries, bool allowMulti);

}  // namespace atlas::gis
