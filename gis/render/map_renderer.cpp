#include "gis/render/map_renderer.h"

#include "gis/datasource/layer_source.h"
#include "gis/render/label_placer.h"
#include "gis/render/vector_layer_renderer.h"

#include <QElapsedTimer>
#include <QPainter>

namespace atlas::gis {

RenderResult renderMap(const QList<RenderLayer>& layers, const MapSettings& settings,
                       const std::atomic<bool>& cancel)
{
    QElapsedTimer timer;
    timer.start();
    RenderResult result;
    result.settings = settings;
    result.image = QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    result.image.fill(settings.background);
    if (settings.outputSize.isEmpty() || settings.extent.isNull())
        return result;

    LabelPlacer labels(settings.dpi);
    QImage layerImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    for (int index = 0; index < layers.size(); ++index) {
        const RenderLayer& layer = layers[index];
        if (cancel.load())
            break;
        labels.setPriority(index);
        auto source = openLayerSource(layer.path, layer.layerName, layer.kind);
        if (!source) {
            core::Error e = source.error();
            e.location = layer.name;
            result.errors << e;
            continue;
        }
        layerImage.fill(Qt::transparent);
        if (layer.kind == core::LayerKind::Raster) {
            auto img = source.value()->readImage(settings.extent, settings.outputSize, settings.crs, &cancel);
            if (!img) {
                if (!cancel.load())
                    result.errors << img.error();
                continue;
            }
            layerImage = img.take();
        } else {
            VectorLayerRenderer renderer(layer, settings, &labels);
            auto stats = renderer.render(*source.value(), layerImage, cancel);
            if (!stats) {
                result.errors << stats.error();
                continue;
            }
            result.featuresDrawn += stats.value().featuresDrawn;
        }
        QPainter painter(&result.image);
        painter.setOpacity(layer.style.opacity);
        painter.drawImage(0, 0, layerImage);
    }
    if (!cancel.load()) {
        QPainter painter(&result.image);
        labels.draw(painter);
    }
    result.cancelled = cancel.load();
    result.elapsedMs = timer.elapsed();
    return result;
}

}  // namespace atlas::gis
