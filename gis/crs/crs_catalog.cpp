#include "gis/crs/crs_catalog.h"

#include <proj.h>

namespace atlas::gis {
namespace {

// Owns a context and one CRS object for a short query.
struct CrsQuery {
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* crs = nullptr;
    explicit CrsQuery(const QString& def)
    {
        proj_log_level(ctx, PJ_LOG_NONE);  // failures are reported by the caller, not on stderr
        crs = proj_create(ctx, def.toUtf8().constData());
    }
    ~CrsQuery()
    {
        if (crs)
            proj_destroy(crs);
        proj_context_destroy(ctx);
    }
};

}  // namespace

QStringList projectCrsChoices()
{
    return {QStringLiteral("EPSG:2154"), QStringLiteral("EPSG:31370"), QStringLiteral("EPSG:3812"),
            QStringLiteral("EPSG:3857"), QStringLiteral("EPSG:4326")};
}

QString crsName(const QString& crs)
{
    CrsQuery q(crs);
    const char* name = q.crs ? proj_get_name(q.crs) : nullptr;
    return name ? QString::fromUtf8(name) : crs;
}

bool crsIsGeographic(const QString& crs)
{
    CrsQuery q(crs);
    if (!q.crs)
        return false;
    const PJ_TYPE t = proj_get_type(q.crs);
    return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           t == PJ_TYPE_GEOGRAPHIC_CRS;
}

bool crsIsKnown(const QString& crs)
{
    CrsQuery q(crs);
    return q.crs != nullptr;
}

}  // namespace atlas::gis
