#include "gis/formats/srid_registry.h"

#include "gis/store/sqlite_database.h"

#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <QCoreApplication>

namespace atlas::gis {
namespace {

QString exported(OGRSpatialReferenceH srs, bool proj4)
{
    char* text = nullptr;
    const OGRErr err = proj4 ? OSRExportToProj4(srs, &text) : OSRExportToWkt(srs, &text);
    const QString out = err == OGRERR_NONE && text ? QString::fromUtf8(text) : QString();
    CPLFree(text);
    return out;
}

bool hasSrid(SqliteDatabase& db, int srid)
{
    auto q = db.prepare(QStringLiteral("SELECT 1 FROM spatial_ref_sys WHERE srid = ?"));
    return q && q.value().bind(1, srid).step();
}

core::Result<int> insertSrid(SqliteDatabase& db, int srid, const QString& auth, int authSrid,
                             OGRSpatialReferenceH srs)
{
    auto q = db.prepare(QStringLiteral("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, ref_sys_name, "
                                       "proj4text, srtext) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    const char* name = OSRGetName(srs);
    q.value().bind(1, srid).bind(2, auth).bind(3, authSrid).bind(4, QString::fromUtf8(name ? name : "unnamed"))
        .bind(5, exported(srs, true)).bind(6, exported(srs, false));
    q.value().step();
    if (!q.value().ok())
        return core::Error{db.path(), QStringLiteral("spatial_ref_sys"), q.value().errorString()};
    return srid;
}

}  // namespace

core::Result<int> ensureSrid(SqliteDatabase& db, OGRSpatialReferenceH crs)
{
    OGRSpatialReferenceH srs = OSRClone(crs);
    if (!OSRGetAuthorityCode(srs, nullptr))
        OSRAutoIdentifyEPSG(srs);
    const char* auth = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    core::Result<int> result = 0;
    if (auth && code && QByteArray(auth).compare("EPSG", Qt::CaseInsensitive) == 0 && QByteArray(code).toInt() > 0) {
        const int epsg = QByteArray(code).toInt();
        if (!hasSrid(db, epsg)) {
            // SpatiaLite's own EPSG table first; PROJ's definition for codes it lacks.
            auto q = db.prepare(QStringLiteral("SELECT InsertEpsgSrid(?)"));
            if (q)
                q.value().bind(1, epsg).step();
            result = hasSrid(db, epsg) ? core::Result<int>(epsg) : insertSrid(db, epsg, QStringLiteral("epsg"), epsg, srs);
        } else {
            result = epsg;
        }
    } else {
        const QString wkt = exported(srs, false);
        auto same = db.prepare(QStringLiteral("SELECT srid FROM spatial_ref_sys WHERE srtext = ?"));
        if (same && same.value().bind(1, wkt).step()) {
            result = int(same.value().integer(0));
        } else {
            auto next = db.prepare(QStringLiteral("SELECT max(900000, coalesce(max(srid), 0)) + 1 FROM spatial_ref_sys"));
            const int srid = next && next.value().step() ? int(next.value().integer(0)) : 900001;
            result = insertSrid(db, srid, QStringLiteral("atlas"), srid, srs);
        }
    }
    OSRDestroySpatialReference(srs);
    return result;
}

}  // namespace atlas::gis
