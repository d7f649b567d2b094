#include "gis/datasource/layers_from_file.h"

#include "core/model/default_styles.h"
#include "gis/datasource/file_probe.h"

#include <QFileInfo>

namespace atlas::gis {

core::Result<QList<core::LayerSpec>> layerSpecsFromFile(const QString& path, int styleIndex)
{
    auto probed = probeFile(path);
    if (!probed)
        return probed.error();
    const FileInfo& info = probed.value();
    const QString baseName = QFileInfo(path).completeBaseName();
    QList<core::LayerSpec> specs;
    for (const LayerInfo& li : info.layers) {
        core::LayerSpec spec;
        spec.kind = li.kind;
        spec.sourcePath = QFileInfo(path).absoluteFilePath();
        spec.sourceLayer = info.layers.size() > 1 ? li.name : QString();
        spec.name = (info.layers.size() > 1 && !li.name.isEmpty()) ? li.name : baseName;
        spec.style = core::defaultLayerStyle(styleIndex++, li.geometryType.contains(QLatin1String("Polygon")));
        specs << spec;
    }
    return specs;
}

}  // namespace atlas::gis
