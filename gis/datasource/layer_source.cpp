#include "gis/datasource/layer_source.h"

#include "gis/datasource/gdal_raster_source.h"
#include "gis/datasource/ogr_vector_source.h"

namespace atlas::gis {

core::Result<std::unique_ptr<LayerSource>> openLayerSource(const QString& path,
                                                           const QString& layer,
                                                           core::LayerKind kind)
{
    if (kind == core::LayerKind::Raster)
        return GdalRasterSource::open(path);
    return OgrVectorSource::open(path, layer);
}

}  // namespace atlas::gis
