#include "gis/formats/spatialite_blob.h"

#include <ogr_api.h>

#include <QCoreApplication>
#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

namespace atlas::gis {
namespace {

static_assert(std::endian::native == std::endian::little, "blobs are written in the host byte order");

// Beyond this a projected or geographic coordinate is a data error, not a place.
constexpr double kMaxCoordinate = 1e10;

template <typename T>
void put(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T>
bool get(const unsigned char*& in, const unsigned char* end, T& value)
{
    if (end - in < std::ptrdiff_t(sizeof(T)))
        return false;
    std::memcpy(&value, in, sizeof(T));
    in += sizeof(T);
    return true;
}

int dimsOf(std::uint32_t code)
{
    return 2 + ((code / 1000) & 1 ? 1 : 0) + (code / 1000 >= 2 ? 1 : 0);
}

// The geometry OGR can export as ISO WKB with only points, lines and polygons.
OGRGeometryH linearised(OGRGeometryH g, bool& owned)
{
    owned = false;
    if (OGR_G_HasCurveGeometry(g, TRUE)) {
        g = OGR_G_GetLinearGeometry(g, 0, nullptr);
        owned = true;
    }
    const OGRwkbGeometryType flat = wkbFlatten(OGR_G_GetGeometryType(g));
    if (flat == wkbTIN || flat == wkbPolyhedralSurface || flat == wkbTriangle) {
        // Each facet becomes a polygon of a multipolygon.
        OGRGeometryH multi = OGR_G_CreateGeometry(
            OGR_GT_SetModifier(wkbMultiPolygon, OGR_G_Is3D(g), OGR_G_IsMeasured(g)));
        const int parts = flat == wkbTriangle ? 1 : OGR_G_GetGeometryCount(g);
        for (int i = 0; i < parts; ++i) {
            OGRGeometryH facet = OGR_G_Clone(flat == wkbTriangle ? g : OGR_G_GetGeometryRef(g, i));
            OGR_G_AddGeometryDirectly(multi, OGR_G_ForceToPolygon(facet));
        }
        if (owned)
            OGR_G_DestroyGeometry(g);
        g = multi;
        owned = true;
    }
    return g;
}

}  // namespace

SpatialiteBlobWriter::Outcome SpatialiteBlobWriter::write(OGRGeometryH geometry, std::string& out)
{
    m_error.clear();
    if (!geometry || OGR_G_IsEmpty(geometry))
        return Outcome::Empty;
    bool owned = false;
    OGRGeometryH g = linearised(geometry, owned);
    m_wkb.resize(size_t(OGR_G_WkbSize(g)));
    const OGRErr exported = OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(m_wkb.data()));
    if (owned)
        OGR_G_DestroyGeometry(g);
    if (exported != OGRERR_NONE) {
        m_error = QCoreApplication::translate("atlas::gis", "the geometry cannot be encoded");
        return Outcome::Invalid;
    }

    const size_t start = out.size();
    out.push_back('\x00');
    out.push_back('\x01');  // little endian
    put<std::int32_t>(out, m_srid);
    const size_t mbrAt = out.size();
    out.append(32, '\0');
    out.push_back('\x7C');
    m_any = false;
    const auto* in = reinterpret_cast<const unsigned char*>(m_wkb.data());
    if (!convert(in, in + m_wkb.size(), out, true)) {
        out.resize(start);
        return m_error.isEmpty() ? Outcome::Empty : Outcome::Invalid;
    }
    out.push_back('\xFE');
    const double mbr[4] = {m_min[0], m_min[1], m_max[0], m_max[1]};
    std::memcpy(out.data() + mbrAt, mbr, sizeof mbr);
    return Outcome::Written;
}

// Copies one WKB geometry as a SpatiaLite body. Returns false when it is empty (no
// error set) or refused (error set). Collections are flattened to elementary parts,
// as SpatiaLite stores them.
bool SpatialiteBlobWriter::convert(const unsigned char*& in, const unsigned char* end, std::string& out, bool top)
{
    std::uint8_t order = 0;
    std::uint32_t code = 0;
    if (!get(in, end, order) || order != 1 || !get(in, end, code)) {
        m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed");
        return false;
    }
    const std::uint32_t base = code % 1000;
    const int dims = dimsOf(code);
    if (base < 1 || base > 7 || code / 1000 > 3) {
        m_error = QCoreApplication::translate("atlas::gis", "unsupported geometry type (WKB %1)").arg(code);
        return false;
    }
    const bool hasZ = (code / 1000) % 2 == 1;
    if (top)
        m_lastClass = int(code);
    const size_t typeAt = out.size();
    put<std::int32_t>(out, std::int32_t(code));
    std::uint32_t count = 0;
    if (base == 1) {
        // ISO WKB writes an empty point as NaN, NaN.
        double xy[2];
        if (end - in < 16)
            return (m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed")), false;
        std::memcpy(xy, in, 16);
        if (std::isnan(xy[0]) && std::isnan(xy[1])) {
            in += size_t(8 * dims);
            out.resize(typeAt);
            return false;
        }
        return coordinates(in, end, 1, dims, hasZ, out);
    }
    if (!get(in, end, count))
        return (m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed")), false;
    if (base == 2) {
        if (count == 0)
            return out.resize(typeAt), false;
        put<std::int32_t>(out, std::int32_t(count));
        return coordinates(in, end, count, dims, hasZ, out);
    }
    if (base == 3) {
        const size_t countAt = out.size();
        put<std::int32_t>(out, 0);
        std::int32_t kept = 0;
        for (std::uint32_t r = 0; r < count; ++r) {
            std::uint32_t points = 0;
            if (!get(in, end, points))
                return (m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed")), false;
            if (points == 0)
                continue;
            put<std::int32_t>(out, std::int32_t(points));
            if (!coordinates(in, end, points, dims, hasZ, out))
                return false;
            ++kept;
        }
        if (kept == 0)
            return out.resize(typeAt), false;
        std::memcpy(out.data() + countAt, &kept, 4);
        return true;
    }
    // Multi* and collections: every elementary part, nested collections flattened.
    const size_t countAt = out.size();
    put<std::int32_t>(out, 0);
    std::int32_t kept = 0;
    std::vector<std::uint32_t> pending = {count};
    while (!pending.empty()) {
        if (pending.back() == 0) {
            pending.pop_back();
            continue;
        }
        --pending.back();
        const unsigned char* part = in;
        std::uint8_t partOrder = 0;
        std::uint32_t partCode = 0;
        if (!get(part, end, partOrder) || !get(part, end, partCode))
            return (m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed")), false;
        if (partCode % 1000 >= 4) {
            std::uint32_t inner = 0;
            if (!get(part, end, inner))
                return (m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed")), false;
            in = part;
            pending.push_back(inner);
            continue;
        }
        const size_t entityAt = out.size();
        out.push_back('\x69');
        if (convert(in, end, out, false)) {
            ++kept;
        } else {
            if (!m_error.isEmpty())
                return false;
            out.resize(entityAt);
        }
    }
    if (kept == 0)
        return out.resize(typeAt), false;
    std::memcpy(out.data() + countAt, &kept, 4);
    return true;
}

bool SpatialiteBlobWriter::coordinates(const unsigned char*& in, const unsigned char* end, std::uint32_t count,
                                       int dims, bool hasZ, std::string& out)
{
    const size_t bytes = size_t(count) * size_t(dims) * 8;
    if (size_t(end - in) < bytes) {
        m_error = QCoreApplication::translate("atlas::gis", "the geometry is malformed");
        return false;
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        double c[4];
        std::memcpy(c, in + size_t(i) * size_t(dims) * 8, size_t(dims) * 8);
        // Z is checked with X and Y; a missing measure (NaN M) is allowed.
        const int checked = hasZ ? 3 : 2;
        for (int k = 0; k < checked; ++k) {
            if (std::isnan(c[k])) {
                m_error = QCoreApplication::translate("atlas::gis", "a coordinate is not a number (NaN)");
                return false;
            }
            if (k < 2 && !(std::fabs(c[k]) <= kMaxCoordinate)) {
                m_error = QCoreApplication::translate("atlas::gis", "coordinate out of range (%1)").arg(c[k]);
                return false;
            }
            if (std::isinf(c[k])) {
                m_error = QCoreApplication::translate("atlas::gis", "a coordinate is infinite");
                return false;
            }
        }
        if (!m_any) {
            m_min[0] = m_max[0] = c[0];
            m_min[1] = m_max[1] = c[1];
            m_any = true;
        } else {
            m_min[0] = std::min(m_min[0], c[0]);
            m_min[1] = std::min(m_min[1], c[1]);
            m_max[0] = std::max(m_max[0], c[0]);
            m_max[1] = std::max(m_max[1], c[1]);
        }
    }
    out.append(reinterpret_cast<const char*>(in), bytes);
    in += bytes;
    return true;
}

}  // namespace atlas::gis
