#pragma once
// Turns OGR geometries into SpatiaLite geometry blobs, checking every coordinate.

#include <QString>
#include <cstdint>
#include <string>

typedef void* OGRGeometryH;

namespace atlas::gis {

class SpatialiteBlobWriter {
public:
    explicit SpatialiteBlobWriter(int srid) : m_srid(srid) {}

    enum class Outcome { Written, Empty, Invalid };
    // Appends the blob of `geometry` to `out`. Curves are linearised, surfaces of
    // other kinds (TIN, polyhedral) become multipolygons, empty parts are skipped.
    // Empty: nothing was appended (the whole geometry is empty). Invalid: see error().
    Outcome write(OGRGeometryH geometry, std::string& out);
    // Why the last geometry was refused (NaN, infinite or out-of-range coordinates).
    const QString& error() const { return m_error; }
    // SpatiaLite class of the last written geometry: 1..7, +1000 Z, +2000 M, +3000 ZM.
    int lastClass() const { return m_lastClass; }

private:
    bool convert(const unsigned char*& in, const unsigned char* end, std::string& out, bool top);
    bool coordinates(const unsigned char*& in, const unsigned char* end, std::uint32_t count, int dims,
                     bool hasZ, std::string& out);
    int m_srid;
    std::string m_wkb;
    double m_min[2] = {0, 0};
    double m_max[2] = {0, 0};
    bool m_any = false;
    int m_lastClass = 0;
    QString m_error;
};

}  // namespace atlas::gis
