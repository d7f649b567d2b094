#include "gis/geometry/wkb_reader.h"

#include <cstring>
#include <vector>

namespace atlas::gis {
namespace {

constexpr int kMaxDepth = 32;  // nested collections deeper than this are malformed

class WkbCursor {
public:
    WkbCursor(const std::uint8_t* data, std::size_t size) : m_p(data), m_end(data + size) {}

    bool readGeometry(PathGeometry& out, int depth)
    {
        if (depth > kMaxDepth || !readByteOrder())
            return false;
        std::uint32_t type = 0;
        if (!readU32(type))
            return false;
        int dims = 2;
        // EWKB flags (PostGIS, older GDAL): Z = 0x80000000, M = 0x40000000, SRID = 0x20000000.
        if (type & 0x20000000u) {
            std::uint32_t srid;
            if (!readU32(srid))
                return false;
        }
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        type &= 0x0fffffffu;
        // ISO: 1000 = Z, 2000 = M, 3000 = ZM.
        if (type >= 3000) {
            dims = 4;
            type -= 3000;
        } else if (type >= 1000) {
            dims = 3;
            type %= 1000;
        }
        switch (type) {
        case 1:
            return readPoints(out, PartRole::Point, dims, 1);
        case 2: {
            std::uint32_t n;
            return readU32(n) && readPoints(out, PartRole::Line, dims, n);
        }
        case 3: {
            std::uint32_t rings;
            if (!readU32(rings))
                return false;
            for (std::uint32_t r = 0; r < rings; ++r) {
                std::uint32_t n;
                if (!readU32(n) || !readPoints(out, r == 0 ? PartRole::OuterRing : PartRole::InnerRing, dims, n))
                    return false;
            }
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            std::uint32_t parts;
            if (!readU32(parts))
                return false;
            for (std::uint32_t i = 0; i < parts; ++i)
                if (!readGeometry(out, depth + 1))
                    return false;
            return true;
        }
        default:
            return false;  // curves and surfaces: the caller falls back to OGR
        }
    }

private:
    bool readByteOrder()
    {
        if (m_p >= m_end || *m_p > 1)
            return false;
        m_swap = (*m_p++ == 0);  // 0 = big endian; every machine we build for is little endian
        return true;
    }

    bool readU32(std::uint32_t& v)
    {
        if (m_end - m_p < 4)
            return false;
        std::memcpy(&v, m_p, 4);
        m_p += 4;
        if (m_swap)
            v = __builtin_bswap32(v);
        return true;
    }

    bool readPoints(PathGeometry& out, PartRole role, int dims, std::uint32_t n)
    {
        const std::size_t stride = std::size_t(dims) * 8;
        if (n == 0)
            return true;
        if (std::size_t(m_end - m_p) / stride < n)
            return false;
        const auto begin = std::uint32_t(out.pointCount());
        const std::size_t at = out.xy.size();
        out.xy.resize(at + 2 * std::size_t(n));
        double* dst = out.xy.data() + at;
        if (dims == 2 && !m_swap) {
            std::memcpy(dst, m_p, 16 * std::size_t(n));
        } else {
            for (std::uint32_t i = 0; i < n; ++i) {
                std::uint64_t xy[2];
                std::memcpy(xy, m_p + i * stride, 16);
                if (m_swap) {
                    xy[0] = __builtin_bswap64(xy[0]);
                    xy[1] = __builtin_bswap64(xy[1]);
                }
                std::memcpy(dst + 2 * i, xy, 16);
            }
        }
        m_p += stride * n;
        out.parts.push_back({begin, std::uint32_t(begin + n), role});
        return true;
    }

    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
    bool m_swap = false;
};

}  // namespace

bool appendWkb(const std::uint8_t* wkb, std::size_t size, PathGeometry& out)
{
    if (!wkb)
        return false;
    WkbCursor cursor(wkb, size);
    const std::size_t points = out.xy.size(), parts = out.parts.size();
    if (cursor.readGeometry(out, 0))
        return true;
    out.xy.resize(points);  // leave nothing half-read behind
    out.parts.resize(parts);
    return false;
}

bool appendGpkgBlob(const std::uint8_t* blob, std::size_t size, PathGeometry& out)
{
    // magic "GP", version, flags, srs_id (4 bytes), envelope (0, 32, 48 or 64 bytes)
    if (!blob || size < 8 || blob[0] != 'G' || blob[1] != 'P')
        return false;
    const std::uint8_t flags = blob[3];
    if (flags & 0x10)
        return true;  // empty geometry
    static constexpr std::size_t envelopeBytes[8] = {0, 32, 48, 48, 64, 0, 0, 0};
    const std::size_t envelope = envelopeBytes[(flags >> 1) & 0x7];
    const std::size_t header = 8 + envelope;
    if (((flags >> 1) & 0x7) > 4 || size < header)
        return false;
    return appendWkb(blob + header, size - header, out);
}

}  // namespace atlas::gis
