#include "gis/render/map_renderer.h"

#include "gis/datasource/layer_source.h"
#include "gis/datasource/layer_source_pool.h"
#include "gis/render/frame_image.h"
#include "gis/render/label_placer.h"
#include "gis/render/layer_compositing.h"
#include "gis/render/lod_cache.h"
#include "gis/render/lod_renderer.h"
#include "gis/render/marker_icon.h"
#include "gis/render/render_pool.h"
#include "gis/render/vector_layer_renderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace atlas::gis {
namespace {

// Layers with more features than this are read and drawn by all cores at once.
constexpr qint64 kParallelFeatureCount = 20000;

struct PartResult {
    QImage image;
    LabelPlacer labels;
    core::Result<VectorRenderStats> stats = VectorRenderStats{};
};

// Draws a vector layer; big ones in id-range parts, one thread and source per part,
// composited in order so the result equals a sequential draw.
core::Result<VectorRenderStats> renderVectorLayer(const RenderLayer& layer, LayerSource& source,
                                                  const MapSettings& settings, QImage& target, LabelPlacer& labels,
                                                  const std::atomic<bool>& cancel)
{
    VectorLayerRenderer renderer(layer, settings, &labels);
    auto request = renderer.requestFor(source);
    if (!request)
        return request.error();
    const int threads = std::max(1, QThread::idealThreadCount());
    // Split only frames that show much of a big layer: a small frame is one quick
    // R-tree query, which id ranges would turn into scans.
    const core::Extent all = source.extent();
    const core::Extent& f = request.value().filter;
    const double shown = all.isNull() || all.width() * all.height() <= 0
                             ? 1.0
                             : std::max(0.0, std::min(f.xMax, all.xMax) - std::max(f.xMin, all.xMin)) *
                                   std::max(0.0, std::min(f.yMax, all.yMax) - std::max(f.yMin, all.yMin)) /
                                   (all.width() * all.height());
    if (settings.levelOfDetail)
        if (auto lod = LodCache::instance().levelFor(layer, source, settings, shown, cancel))
            return drawLodLayer(*lod, layer.style, settings, target, cancel);
    if (cancel.load())
        return VectorRenderStats{};
    const QList<FeatureRequest> parts = source.featureCount() * shown > kParallelFeatureCount && threads > 1
                                            ? source.split(request.value(), threads)
                                            : QList<FeatureRequest>{request.value()};
    if (parts.size() == 1)
        return renderer.render(source, request.value(), target, cancel);

    // The first part draws straight into the target (it is composited first anyway).
    QList<int> indices(parts.size());
    std::iota(indices.begin(), indices.end(), 0);
    const QList<PartResult> results = QtConcurrent::blockingMapped(renderThreadPool(), indices, [&](int index) {
        PartResult r{index == 0 ? QImage() : frameImage(target.size()), LabelPlacer(settings.dpi)};
        if (cancel.load())
            return r;  // superseded before this part began
        QImage& image = index == 0 ? target : r.image;
        if (index > 0)
            image.fill(Qt::transparent);
        auto partSource = openPooledLayerSource(layer.path, layer.layerName, layer.kind);
        if (!partSource)
            r.stats = partSource.error();
        else
            r.stats = VectorLayerRenderer(layer, settings, &r.labels).render(*partSource.value(), parts[index], image, cancel);
        return r;
    });
    VectorRenderStats total;
    if (cancel.load())
        return total;
    QPainter painter(&target);
    for (const PartResult& r : results) {
        if (!r.stats)
            return r.stats.error();
        if (!r.image.isNull())
            painter.drawImage(0, 0, r.image);
        labels.append(r.labels);
        total.featuresRead += r.stats.value().featuresRead;
        total.featuresDrawn += r.stats.value().featuresDrawn;
    }
    return total;
}

}  // namespace

QThreadPool* renderThreadPool()
{
    // Room for a superseded render still winding down beside the current one.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;  // left to the end of the process, like Qt's global pool
        p->setMaxThreadCount(2 * std::max(1, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

RenderResult renderMap(const QList<RenderLayer>& layers, const MapSettings& settings,
                       const std::atomic<bool>& cancel)
{
    QElapsedTimer timer;
    timer.start();
    RenderResult result;
    result.settings = settings;
    result.image = frameImage(settings.outputSize);
    result.image.fill(settings.background);
    if (settings.outputSize.isEmpty() || settings.extent.isNull())
        return result;

    LabelPlacer labels(settings.dpi);
    labels.setBounds(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)));
    QImage layerImage;  // only for layers that are not simply drawn over the ones below
    for (int index = 0; index < layers.size(); ++index) {
        const RenderLayer& layer = layers[index];
        if (cancel.load())
            break;
        if (!layerShownAt(layer.style, settings))
            continue;  // outside its scale range
        labels.setPriority(layer.style.labelPriority, index);
        if (QString why; layer.kind == core::LayerKind::Vector && !layer.style.markerSvg.isEmpty() &&
                         !markerIconUsable(layer.style.markerSvg, &why))
            result.warnings << core::Error{
                {}, layer.name, QCoreApplication::translate("atlas::gis", "%1; its points are drawn as the marker shape").arg(why)};
        auto source = openPooledLayerSource(layer.path, layer.layerName, layer.kind);
        if (cancel.load())
            break;
        if (!source) {
            core::Error e = source.error();
            e.location = layer.name;
            if (layer.kind == core::LayerKind::Basemap)
                e.file.clear();  // the service description, not a file to show
            result.errors << e;
            continue;
        }
        // An opaque vector layer in the normal blend is drawn straight into the map: source-over
        // is associative, so this equals drawing it apart and compositing it, without filling and
        // blending another full frame (and faulting in its pages) for every layer. A layer with
        // an opacity or another blend mode is drawn apart and composited whole with it (its own
        // features over one another stay source-over).
        const bool direct = layer.kind == core::LayerKind::Vector && layer.style.opacity >= 1.0 &&
                            layer.style.blend == core::BlendMode::Normal;
        if (!direct) {
            if (layerImage.isNull())
                layerImage = frameImage(settings.outputSize);
            layerImage.fill(Qt::transparent);
        }
        if (layer.kind != core::LayerKind::Vector) {
            auto img = source.value()->readImage(settings.extent, settings.outputSize, settings.crs, layer.style.raster, &cancel);
            if (!img) {
                if (!cancel.load())
                    result.errors << core::Error{layer.kind == core::LayerKind::Basemap ? QString() : layer.path,
                                                 layer.name, img.error().reason};
                continue;
            }
            layerImage = img.take();
        } else {
            auto stats = renderVectorLayer(layer, *source.value(), settings, direct ? result.image : layerImage, labels, cancel);
            if (!stats) {
                result.errors << stats.error();
                continue;
            }
            result.featuresDrawn += stats.value().featuresDrawn;
        }
        if (cancel.load())
            break;  // the image is thrown away: no need to finish it
        if (direct)
            continue;
        QPainter painter(&result.image);
        painter.setOpacity(layer.style.opacity);
        painter.setCompositionMode(compositionModeOf(layer.style.blend));
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
