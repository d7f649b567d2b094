#include "gis/geometry/geometry_validity.h"

#include <geos_c.h>

#include <QCoreApplication>
#include <memory>

namespace atlas::gis {
namespace {

// One GEOS context per call: cheap, and safe on any thread.
struct Geos {
    GEOSContextHandle_t h = GEOS_init_r();
    ~Geos() { GEOS_finish_r(h); }
};

struct Geometry {
    GEOSContextHandle_t h;
    GEOSGeometry* g;
    ~Geometry()
    {
        if (g)
            GEOSGeom_destroy_r(h, g);
    }
};

// 2D, or 3D when the geometry has Z values.
QByteArray toWkb(const Geometry& g)
{
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(g.h);
    GEOSWKBWriter_setOutputDimension_r(g.h, writer, GEOSHasZ_r(g.h, g.g) == 1 ? 3 : 2);
    size_t size = 0;
    unsigned char* bytes = GEOSWKBWriter_write_r(g.h, writer, g.g, &size);
    GEOSWKBWriter_destroy_r(g.h, writer);
    QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(size));
    GEOSFree_r(g.h, bytes);
    return out;
}

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
    Geos geos;
    Geometry g{geos.h, GEOSGeomFromWKB_buf_r(geos.h, reinterpret_cast<const unsigned char*>(wkb.constData()),
                                             size_t(wkb.size()))};
    if (!g.g)
        return notAGeometry();
    char* reason = nullptr;
    GEOSGeometry* where = nullptr;
    const char valid = GEOSisValidDetail_r(geos.h, g.g, 0, &reason, &where);
    if (valid == 2)
        return notAGeometry();
    ValidityReport report;
    report.valid = valid == 1;
    if (reason) {
        report.reason = QString::fromUtf8(reason);
        GEOSFree_r(geos.h, reason);
    }
    if (where) {
        double x = 0, y = 0;
        GEOSGeomGetX_r(geos.h, where, &x);
        GEOSGeomGetY_r(geos.h, where, &y);
        report.location = QPointF(x, y);
        GEOSGeom_destroy_r(geos.h, where);
    }
    return report;
}

core::Result<QByteArray> makeValid(const QByteArray& wkb)
{
    Geos geos;
    Geometry g{geos.h, GEOSGeomFromWKB_buf_r(geos.h, reinterpret_cast<const unsigned char*>(wkb.constData()),
                                             size_t(wkb.size()))};
    if (!g.g)
        return notAGeometry();
    Geometry fixed{geos.h, GEOSMakeValid_r(geos.h, g.g)};
    if (!fixed.g)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the geometry cannot be repaired")};
    return toWkb(fixed);
}

core::Result<QByteArray> wkbFromWkt(const QString& wkt)
{
    Geos geos;
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos.h);
    Geometry g{geos.h, GEOSWKTReader_read_r(geos.h, reader, wkt.toUtf8().constData())};
    GEOSWKTReader_destroy_r(geos.h, reader);
    if (!g.g || GEOSisEmpty_r(geos.h, g.g) != 0)
        return core::Error{{}, wkt.left(40), QCoreApplication::translate("atlas::gis", "not a WKT geometry")};
    return toWkb(g);
}

}  // namespace atlas::gis
