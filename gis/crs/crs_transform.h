#pragma once
// Coordinate transformation between two CRSs through PROJ, x = east, y = north.
// Not thread-safe: each thread builds its own (it owns its PROJ context).

#include "core/model/extent.h"

#include <QString>
#include <cstddef>

struct pj_ctx;
struct PJconsts;

namespace atlas::gis {

class CrsTransform {
public:
    // `from` and `to` are "EPSG:n", WKT or PROJ strings.
    CrsTransform(const QString& from, const QString& to);
    ~CrsTransform();
    CrsTransform(const CrsTransform&) = delete;
    CrsTransform& operator=(const CrsTransform&) = delete;

    bool isValid() const { return m_valid; }
    bool isIdentity() const { return m_identity; }
    const QString& errorString() const { return m_error; }

    // Transforms interleaved x,y pairs in place; failed points become +inf.
    void transformInterleaved(double* xy, std::size_t count, bool inverse = false) const;
    bool transformPoint(double& x, double& y, bool inverse = false) const;
    // The bounding box of the transformed rectangle, densified along its edges.
    core::Extent transformExtent(const core::Extent& extent, bool inverse = false) const;

private:
    pj_ctx* m_context = nullptr;
    PJconsts* m_pj = nullptr;
    bool m_valid = false;
    bool m_identity = false;
    QString m_error;
};

}  // namespace atlas::gis
