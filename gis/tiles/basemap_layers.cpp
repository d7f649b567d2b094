#include "gis/tiles/basemap_layers.h"

#include "gis/tiles/basemap_presets.h"
#include "gis/tiles/mbtiles_file.h"
#include "gis/tiles/wmts_capabilities.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace atlas::gis {
namespace {

core::LayerSpec basemapLayer(const QString& name, const core::BasemapSpec& spec)
{
    core::LayerSpec layer;
    layer.name = name;
    layer.kind = core::LayerKind::Basemap;
    layer.basemap = spec;
    return layer;
}

}  // namespace

core::Result<core::LayerSpec> presetBasemapLayer(const QString& presetId)
{
    const std::optional<BasemapPreset> preset = basemapPreset(presetId);
    if (!preset) {
        QStringList ids;
        for (const BasemapPreset& p : basemapPresets())
            ids << p.id;
        return core::Error{{}, presetId,
                           QCoreApplication::translate("atlas::gis", "no basemap preset of that name (presets: %1)")
                               .arg(ids.join(QStringLiteral(", ")))};
    }
    return basemapLayer(preset->name, preset->spec);
}

core::Result<core::LayerSpec> xyzBasemapLayer(const QString& name, const QString& url, const QString& attribution,
                                              int maxZoom)
{
    if (const QString problem = core::xyzTemplateProblem(url); !problem.isEmpty())
        return core::Error{{}, url, problem};
    if (maxZoom < 0 || maxZoom > 24)
        return core::Error{{}, url, QCoreApplication::translate("atlas::gis", "the deepest zoom level must be from 0 to 24")};
    core::BasemapSpec spec;
    spec.url = url.trimmed();
    spec.attribution = attribution.trimmed();
    spec.maxZoom = maxZoom;
    return basemapLayer(name.trimmed().isEmpty() ? QUrl(url).host() : name.trimmed(), spec);
}

core::Result<core::LayerSpec> wmtsBasemapLayer(const QString& name, const QString& capabilitiesUrl,
                                               const QList<WmtsLayerInfo>& layers, const QString& layerId,
                                               const QString& matrixSet, const QString& attribution)
{
    QStringList offered;
    for (const WmtsLayerInfo& l : layers) {
        offered << l.identifier;
        if (l.identifier != layerId)
            continue;
        if (!matrixSet.isEmpty() && !l.matrixSets.contains(matrixSet))
            return core::Error{capabilitiesUrl, layerId,
                               QCoreApplication::translate("atlas::gis", "the layer has no tile matrix set “%1” (it has: %2)")
                                   .arg(matrixSet, l.matrixSets.join(QStringLiteral(", ")))};
        core::BasemapSpec spec;
        spec.type = core::BasemapType::Wmts;
        spec.url = capabilitiesUrl.trimmed();
        spec.wmtsLayer = layerId;
        spec.wmtsMatrixSet = matrixSet.isEmpty() ? l.matrixSets.value(0) : matrixSet;
        spec.attribution = attribution.trimmed();
        const QString title = l.title.isEmpty() ? l.identifier : l.title;
        return basemapLayer(name.trimmed().isEmpty() ? title : name.trimmed(), spec);
    }
    return core::Error{capabilitiesUrl, layerId,
                       QCoreApplication::translate("atlas::gis", "the WMTS service has no layer of that name (layers: %1)")
                           .arg(offered.join(QStringLiteral(", ")))};
}

core::Result<core::LayerSpec> wmtsBasemapLayer(const QString& name, const QString& capabilitiesUrl,
                                               const QString& layerId, const QString& matrixSet,
                                               const QString& attribution, const QString& cacheDir)
{
    auto layers = fetchWmtsCapabilities(capabilitiesUrl.trimmed(), cacheDir);
    if (!layers)
        return layers.error();
    return wmtsBasemapLayer(name, capabilitiesUrl, layers.value(), layerId, matrixSet, attribution);
}

core::Result<core::LayerSpec> mbtilesBasemapLayer(const QString& path)
{
    auto info = readMbtiles(path);
    if (!info)
        return info.error();
    core::LayerSpec layer = basemapLayer(info.value().name, info.value().spec);
    layer.sourcePath = QFileInfo(path).absoluteFilePath();
    return layer;
}

int insertBasemap(core::AtlasDocument& doc, const core::LayerSpec& layer)
{
    int index = 0;
    while (index < doc.layers.size() && doc.layers[index].kind == core::LayerKind::Basemap)
        ++index;
    doc.layers.insert(index, layer);
    return index;
}

}  // namespace atlas::gis
