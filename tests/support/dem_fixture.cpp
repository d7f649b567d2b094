#include "support/dem_fixture.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <vector>

namespace atlas::test {

bool Dem::inHole(int col, int row) const
{
    const int x0 = size * 8 / 10, y0 = size * 2 / 10;
    return col >= x0 && col < x0 + 5 && row >= y0 && row < y0 + 5;
}

float Dem::value(int col, int row) const
{
    if (inHole(col, row))
        return kNoData;
    const double c = (size - 1) / 2.0, sigma = size * 0.15;
    const double d2 = (col - c) * (col - c) + (row - c) * (row - c);
    return float(kBase + kHeight * std::exp(-d2 / (2 * sigma * sigma)));
}

core::Extent Dem::extent() const
{
    return {kOriginX, kOriginY - size * kCell, kOriginX + size * kCell, kOriginY};
}

bool Dem::write(const QString& path, QString* error) const
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), size, size, 1, GDT_Float32,
                                 nullptr);
    if (!ds) {
        if (error)
            *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return false;
    }
    double gt[6] = {kOriginX, kCell, 0, kOriginY, 0, -kCell};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 2154);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    GDALSetRasterNoDataValue(band, kNoData);
    std::vector<float> row(static_cast<std::size_t>(size));
    bool ok = true;
    for (int y = 0; y < size && ok; ++y) {
        for (int x = 0; x < size; ++x)
            row[std::size_t(x)] = value(x, y);
        ok = GDALRasterIO(band, GF_Write, 0, y, size, 1, row.data(), size, 1, GDT_Float32, 0, 0) == CE_None;
    }
    if (!ok && error)
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
    GDALClose(ds);
    return ok;
}

}  // namespace atlas::test
