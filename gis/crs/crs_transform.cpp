#include "gis/crs/crs_transform.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <QCoreApplication>

namespace atlas::gis {

CrsTransform::CrsTransform(const QString& from, const QString& to)
{
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty()) {
        m_error = QCoreApplication::translate("atlas::gis", "missing coordinate reference system");
        return;
    }
    if (from == to) {
        m_valid = m_identity = true;
        return;
    }
    m_context = proj_context_create();
    proj_log_level(m_context, PJ_LOG_NONE);  // errors come back through errorString()
    PJ* raw = proj_create_crs_to_crs(m_context, from.toUtf8().constData(),
                                     to.toUtf8().constData(), nullptr);
    if (!raw) {
        m_error = QCoreApplication::translate("atlas::gis", "cannot transform from %1 to %2: %3")
                      .arg(from.left(60), to.left(60),
                           QString::fromUtf8(proj_context_errno_string(
                               m_context, proj_context_errno(m_context))));
        return;
    }
    // Always x = east, y = north, whatever the CRS's axis order.
    m_pj = proj_normalize_for_visualization(m_context, raw);
    proj_destroy(raw);
    m_valid = m_pj != nullptr;
    if (!m_valid)
        m_error = QCoreApplication::translate("atlas::gis", "cannot normalise axis order");
}

CrsTransform::~CrsTransform()
{
    if (m_pj)
        proj_destroy(m_pj);
    if (m_context)
        proj_context_destroy(m_context);
}

void CrsTransform::transformInterleaved(double* xy, std::size_t count, bool inverse) const
{
    if (m_identity || count == 0)
        return;
    if (!m_valid) {
        std::fill(xy, xy + 2 * count, std::numeric_limits<double>::infinity());
        return;
    }
    proj_trans_generic(m_pj, inverse ? PJ_INV : PJ_FWD, xy, 2 * sizeof(double), count, xy + 1,
                       2 * sizeof(double), count, nullptr, 0, 0, nullptr, 0, 0);
}

bool CrsTransform::transformPoint(double& x, double& y, bool inverse) const
{
    double xy[2] = {x, y};
    transformInterleaved(xy, 1, inverse);
    if (!std::isfinite(xy[0]) || !std::isfinite(xy[1]))
        return false;
    x = xy[0];
    y = xy[1];
    return true;
}

core::Extent CrsTransform::transformExtent(const core::Extent& e, bool inverse) const
{
    if (m_identity || e.isNull())
        return e;
    constexpr int steps = 20;  // points per edge: follows curved edges of the projected box
    std::vector<double> xy;
    xy.reserve(4 * (steps + 1) * 2);
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        const double x = e.xMin + t * e.width(), y = e.yMin + t * e.height();
        xy.insert(xy.end(), {x, e.yMin, x, e.yMax, e.xMin, y, e.xMax, y});
    }
    transformInterleaved(xy.data(), xy.size() / 2, inverse);
    core::Extent out = core::Extent::null();
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]))
            continue;
        out = out.united({xy[i], xy[i + 1], xy[i], xy[i + 1]});
    }
    return out;
}

}  // namespace atlas::gis
