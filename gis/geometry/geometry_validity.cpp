#include "gis/geometry/geometry_validity.h"

#include "gis/geometry/geos_support.h"

#include <QCoreApplication>

namespace atlas::gis {
namespace {

core::Error notAGeometry()
{
    return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "not a geometry (unreadable WKB)")};
}

}  // namespace

QString ValidityReport::message() const
{
    if (valid)
        return {};
    return QCoreApplication::translate("atlas::gis", "%1 at %2, %3")
        .arg(reason)
        .arg(location.x(), 0, 'f', 6)
        .arg(location.y(), 0, 'f', 6);
}

core::Result<ValidityReport> checkValidity(const QByteArray& wkb)
{
    const GeosContext geos;
    const GeosGeometry g = readWkb(geos, wkb);
    if (!g)
        return notAGeometry();
    char* reason = nullptr;
    GEOSGeometry* where = nullptr;
    const char valid = GEOSisValidDetail_r(geos.handle(), g.get(), 0, &reason, &where);
    if (valid == 2)
        return notAGeometry();
    ValidityReport report;
    report.valid = valid == 1;
    if (reason) {
        report.reason = QString::fromUtf8(reason);
        GEOSFree_r(geos.handle(), reason);
    }
    if (where) {
        double x = 0, y = 0;
        GEOSGeomGetX_r(geos.handle(), where, &x);
        GEOSGeomGetY_r(geos.handle(), where, &y);
        report.location = QPointF(x, y);
        GEOSGeom_destroy_r(geos.handle(), where);
    }
    return report;
}

core::Result<QByteArray> makeValid(const QByteArray& wkb)
{
    const GeosContext geos;
    const GeosGeometry g = readWkb(geos, wkb);
    if (!g)
        return notAGeometry();
    const GeosGeometry fixed = adopt(geos, GEOSMakeValid_r(geos.handle(), g.get()));
    if (!fixed)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the geometry cannot be repaired")};
    return writeWkb(geos, fixed.get());
}

core::Result<QByteArray> wkbFromWkt(const QString& wkt)
{
    const GeosContext geos;
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos.handle());
    const GeosGeometry g = adopt(geos, GEOSWKTReader_read_r(geos.handle(), reader, wkt.toUtf8().constData()));
    GEOSWKTReader_destroy_r(geos.handle(), reader);
    if (!g || GEOSisEmpty_r(geos.handle(), g.get()) != 0)
        return core::Error{{}, wkt.left(40), QCoreApplication::translate("atlas::gis", "not a WKT geometry")};
    return writeWkb(geos, g.get());
}

}  // namespace atlas::gis
