#pragma once
// GEOS validity of a geometry before it is saved: what is wrong and where, and a
// repaired copy (MakeValid) when the user asks for one; WKT read for scripts.

#include "core/model/result.h"

#include <QByteArray>
#include <QPointF>
#include <QString>

namespace atlas::gis {

struct ValidityReport {
    bool valid = true;
    QString reason;    // GEOS's words, e.g. "Self-intersection"
    QPointF location;  // where, in the geometry's coordinates
    // "Self-intersection at 3.1, 50.6", translated; empty when valid.
    QString message() const;
};

// `wkb`: ISO or OGC WKB. Fails only when the bytes are not a geometry.
core::Result<ValidityReport> checkValidity(const QByteArray& wkb);
// A valid geometry covering the same points (GEOS MakeValid), as WKB.
core::Result<QByteArray> makeValid(const QByteArray& wkb);
// The WKB of a WKT geometry ("LINESTRING (2.4 50.9, 2.5 51)"); empty or unreadable text fails.
core::Result<QByteArray> wkbFromWkt(const QString& wkt);

}  // namespace atlas::gis
