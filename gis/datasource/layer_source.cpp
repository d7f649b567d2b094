#include "gis/datasource/layer_source.h"

#include "gis/datasource/gdal_raster_source.h"
#include "gis/datasource/ogr_vector_source.h"
#include "gis/datasource/sqlite_vector_source.h"
#include "gis/store/sqlite_database.h"

namespace atlas::gis {

core::Result<std::unique_ptr<LayerSource>> openLayerSource(const QString& path,
                                                           const QString& layer,
                                                           core::LayerKind kind)
{
    if (kind != core::LayerKind::Vector)  // rasters, and basemaps through GDAL's tile drivers
        return GdalRasterSource::open(path);
    // GeoPackage and SpatiaLite tables are read straight from SQLite: much faster. Its
    // connection opens first, so that its count of changes predates what GDAL reads.
    auto [db, dataVersion] = SqliteVectorSource::openEarly(path);
    auto ogr = OgrVectorSource::open(path, layer);
    if (!ogr)
        return ogr.error();
    std::unique_ptr<OgrVectorSource> vector(static_cast<OgrVectorSource*>(ogr.take().release()));
    return SqliteVectorSource::wrap(std::move(vector), std::move(db), dataVersion);
}

}  // namespace atlas::gis
