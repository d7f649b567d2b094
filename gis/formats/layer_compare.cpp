#include "gis/formats/layer_compare.h"

#include "gis/datasource/gdal_environment.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace atlas::gis {
namespace {

struct Opened {
    GDALDatasetH ds = nullptr;
    OGRLayerH layer = nullptr;
    OGRLayerH sorted = nullptr;
    ~Opened()
    {
        if (sorted)
            GDALDatasetReleaseResultSet(ds, sorted);
        if (ds)
            GDALClose(ds);
    }
};

core::Status open(const QString& path, const QString& name, const QString& orderBy, Opened& out)
{
    GdalErrorCapture errors;
    out.ds = openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!out.ds)
        return core::Error{path, {}, errors.lastError()};
    out.layer = name.isEmpty() ? GDALDatasetGetLayer(out.ds, 0)
                               : GDALDatasetGetLayerByName(out.ds, name.toUtf8().constData());
    if (!out.layer)
        return core::Error{path, name, QCoreApplication::translate("atlas::gis", "no vector layer of that name")};
    if (!orderBy.isEmpty()) {
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY \"%2\"")
                                   .arg(QString::fromUtf8(OGR_L_GetName(out.layer)), orderBy)
                                   .toUtf8();
        out.sorted = GDALDatasetExecuteSQL(out.ds, sql.constData(), nullptr, "OGRSQL");
        if (!out.sorted)
            return core::Error{path, name, errors.lastError()};
        out.layer = out.sorted;
    }
    return core::Done{};
}

void collectVertices(OGRGeometryH g, std::vector<std::array<double, 2>>& out)
{
    if (!g)
        return;
    const int parts = OGR_G_GetGeometryCount(g);
    if (parts > 0) {
        for (int i = 0; i < parts; ++i)
            collectVertices(OGR_G_GetGeometryRef(g, i), out);
        return;
    }
    for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
        out.push_back({OGR_G_GetX(g, i), OGR_G_GetY(g, i)});
}

// Same kind (point, line, surface) and the same vertices, whatever their order, ring
// orientation or closing vertex.
bool sameGeometry(OGRGeometryH a, OGRGeometryH b, double tolerance)
{
    const bool emptyA = !a || OGR_G_IsEmpty(a);
    const bool emptyB = !b || OGR_G_IsEmpty(b);
    if (emptyA || emptyB)
        return emptyA == emptyB;
    if (OGR_G_GetDimension(a) != OGR_G_GetDimension(b))
        return false;
    std::vector<std::array<double, 2>> va, vb;
    collectVertices(a, va);
    collectVertices(b, vb);
    // Sorted on a grid of the tolerance, so that tiny differences keep the order.
    const double grid = std::max(tolerance, 1e-12);
    auto normalise = [&](std::vector<std::array<double, 2>>& v) {
        std::sort(v.begin(), v.end(), [&](const auto& p, const auto& q) {
            const double px = std::round(p[0] / grid), qx = std::round(q[0] / grid);
            return px != qx ? px < qx : std::round(p[1] / grid) < std::round(q[1] / grid);
        });
        v.erase(std::unique(v.begin(), v.end(),
                            [&](const auto& p, const auto& q) {
                                return std::fabs(p[0] - q[0]) <= tolerance && std::fabs(p[1] - q[1]) <= tolerance;
                            }),
                v.end());
    };
    normalise(va);
    normalise(vb);
    if (va.size() != vb.size())
        return false;
    for (size_t i = 0; i < va.size(); ++i)
        if (std::fabs(va[i][0] - vb[i][0]) > tolerance || std::fabs(va[i][1] - vb[i][1]) > tolerance)
            return false;
    return true;
}

bool isNumeric(OGRFieldType t)
{
    return t == OFTInteger || t == OFTInteger64 || t == OFTReal;
}

}  // namespace

core::Result<LayerComparison> compareLayers(const QString& pathA, const QString& layerA, const QString& pathB,
                                            const QString& layerB, const LayerCompareOptions& options)
{
    Opened a, b;
    if (auto s = open(pathA, layerA, options.orderBy, a); !s)
        return s.error();
    if (auto s = open(pathB, layerB, options.orderBy, b); !s)
        return s.error();
    LayerComparison result;
    OGRFeatureDefnH defA = OGR_L_GetLayerDefn(a.layer);
    OGRFeatureDefnH defB = OGR_L_GetLayerDefn(b.layer);
    const QString fidB = QString::fromUtf8(OGR_L_GetFIDColumn(b.layer));

    // Field of A -> field of B (-2: B's feature id).
    struct Pair { int a; int b; QString name; };
    std::vector<Pair> pairs;
    for (int i = 0; options.attributes && i < OGR_FD_GetFieldCount(defA); ++i) {
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defA, i)));
        if (options.ignoredFields.contains(name, Qt::CaseInsensitive))
            continue;
        int found = -1;
        for (int j = 0; j < OGR_FD_GetFieldCount(defB) && found < 0; ++j) {
            const QString other = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defB, j)));
            const QString wanted = options.fieldNameLength > 0 ? name.left(options.fieldNameLength) : name;
            if (other.compare(name, Qt::CaseInsensitive) == 0 || other.compare(wanted, Qt::CaseInsensitive) == 0)
                found = j;
        }
        if (found < 0 && fidB.compare(name, Qt::CaseInsensitive) == 0)
            found = -2;
        if (found == -1)
            result.missingFields << name;
        else {
            pairs.push_back({i, found, name});
            result.comparedFields << name;
        }
    }

    OGR_L_ResetReading(a.layer);
    OGR_L_ResetReading(b.layer);
    auto note = [&](qint64 index, const QString& what) {
        if (result.firstDifference.isEmpty())
            result.firstDifference = QStringLiteral("feature %1, %2").arg(index).arg(what);
    };
    for (;;) {
        OGRFeatureH fa = OGR_L_GetNextFeature(a.layer);
        OGRFeatureH fb = OGR_L_GetNextFeature(b.layer);
        if (fa)
            ++result.countA;
        if (fb)
            ++result.countB;
        if (fa && fb) {
            const qint64 index = result.countA;
            for (const Pair& p : pairs) {
                const bool nullA = !OGR_F_IsFieldSetAndNotNull(fa, p.a);
                const bool nullB = p.b == -2 ? false : !OGR_F_IsFieldSetAndNotNull(fb, p.b);
                bool same = nullA == nullB;
                QString va, vb;
                if (same && !nullA) {
                    va = QString::fromUtf8(OGR_F_GetFieldAsString(fa, p.a));
                    vb = p.b == -2 ? QString::number(OGR_F_GetFID(fb)) : QString::fromUtf8(OGR_F_GetFieldAsString(fb, p.b));
                    const bool numeric = isNumeric(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defA, p.a))) &&
                                         (p.b == -2 || isNumeric(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defB, p.b))));
                    // A date equals the same date at midnight (FlatGeobuf has no date type).
                    const QString midnight = QStringLiteral(" 00:00:00");
                    same = numeric ? std::fabs(va.toDouble() - vb.toDouble()) <=
                                         std::max(options.tolerance, 1e-12 * std::fabs(va.toDouble()))
                                   : va == vb || va + midnight == vb || va == vb + midnight;
                }
                if (!same) {
                    ++result.valueDifferences;
                    note(index, QStringLiteral("field %1: '%2' != '%3'").arg(p.name, va, vb));
                }
            }
            if (options.geometries &&
                !sameGeometry(OGR_F_GetGeometryRef(fa), OGR_F_GetGeometryRef(fb), options.tolerance)) {
                ++result.geometryDifferences;
                note(index, QStringLiteral("geometry"));
            }
        }
        if (fa)
            OGR_F_Destroy(fa);
        if (fb)
            OGR_F_Destroy(fb);
        if (!fa && !fb)
            break;
    }
    return result;
}

}  // namespace atlas::gis
