#include "core/model/raster_style.h"

namespace atlas::core {

namespace {
constexpr const char* kNames[] = {"auto", "grey", "ramp", "hillshade"};
}

const char* rasterRenderName(RasterRender render)
{
    return kNames[int(render)];
}

bool rasterRenderFromName(const QString& name, RasterRender& render)
{
    for (int i = 0; i < 4; ++i)
        if (name.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0) {
            render = RasterRender(i);
            return true;
        }
    return false;
}

}  // namespace atlas::core
