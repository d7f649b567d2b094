#include "generated_layers.h"

#include "gis/datasource/gdal_environment.h"

#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <gdal.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace atlas::test {
namespace {

using Ring = std::vector<std::pair<double, double>>;

// Star-shaped ring: increasing angles, jittered radius, 35 m to 350 m across.
Ring polygonRing(std::mt19937& rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    const int n = 8 + int(rng() % 33);
    const double r = 0.0005 + u(rng) * 0.0045;
    const double cx = kGeneratedXMin + 0.01 + u(rng) * (kGeneratedXMax - kGeneratedXMin - 0.02);
    const double cy = kGeneratedYMin + 0.01 + u(rng) * (kGeneratedYMax - kGeneratedYMin - 0.02);
    const double kx = 1.0 / std::cos(cy * std::numbers::pi / 180);
    const double a0 = u(rng) * 2 * std::numbers::pi;
    Ring ring;
    for (int k = 0; k < n; ++k) {
        const double a = a0 + (k + 0.1 + 0.8 * u(rng)) * 2 * std::numbers::pi / n;
        const double rr = r * (0.75 + 0.25 * u(rng));
        ring.emplace_back(cx + rr * kx * std::cos(a), cy + rr * std::sin(a));
    }
    ring.push_back(ring.front());
    return ring;
}

// Random walk with a drifting heading, steps of about 30-150 m.
Ring lineWalk(std::mt19937& rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    std::normal_distribution<double> turn(0, 0.35);
    const int n = 10 + int(rng() % 91);
    double x = kGeneratedXMin + u(rng) * (kGeneratedXMax - kGeneratedXMin);
    double y = kGeneratedYMin + u(rng) * (kGeneratedYMax - kGeneratedYMin);
    double h = u(rng) * 2 * std::numbers::pi;
    Ring line;
    for (int i = 0; i < n; ++i) {
        line.emplace_back(x, y);
        h += turn(rng);
        const double s = 0.0003 + u(rng) * 0.0011;
        x = std::clamp(x + 1.58 * s * std::cos(h), kGeneratedXMin, kGeneratedXMax);
        y = std::clamp(y + s * std::sin(h), kGeneratedYMin, kGeneratedYMax);
    }
    return line;
}

}  // namespace

bool writeGeneratedLayer(const QString& path, GeneratedKind kind, int count, unsigned seed)
{
    gis::ensureGdalReady();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GDALDatasetH ds = driver ? GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    const OGRwkbGeometryType type =
        kind == GeneratedKind::Points ? wkbPoint : kind == GeneratedKind::Polygons ? wkbPolygon : wkbLineString;
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "generated", srs, type, nullptr);
    OSRRelease(srs);
    bool ok = layer != nullptr;
    if (ok) {
        OGRFieldDefnH field = OGR_Fld_Create("category", OFTString);
        ok = OGR_L_CreateField(layer, field, TRUE) == OGRERR_NONE;
        OGR_Fld_Destroy(field);
    }
    static const char* const categories[] = {"faune", "flore", "patrimoine", "danger"};
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    ok = ok && GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE;
    for (int i = 0; ok && i < count; ++i) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(feature, 0, categories[rng() % 4]);
        OGRGeometryH g = OGR_G_CreateGeometry(type);
        if (kind == GeneratedKind::Points) {
            OGR_G_AddPoint_2D(g, kGeneratedXMin + u(rng) * (kGeneratedXMax - kGeneratedXMin),
                              kGeneratedYMin + u(rng) * (kGeneratedYMax - kGeneratedYMin));
        } else if (kind == GeneratedKind::Lines) {
            for (const auto& [x, y] : lineWalk(rng))
                OGR_G_AddPoint_2D(g, x, y);
        } else {
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            for (const auto& [x, y] : polygonRing(rng))
                OGR_G_AddPoint_2D(ring, x, y);
            OGR_G_AddGeometryDirectly(g, ring);
        }
        OGR_F_SetGeometryDirectly(feature, g);
        ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    ok = ok && GDALDatasetCommitTransaction(ds) == OGRERR_NONE;
    GDALClose(ds);
    return ok;
}

}  // namespace atlas::test
