#pragma once
// Level-of-detail copies of big vector layers for frames that show much of a layer at a
// coarse scale: built once per layer and scale step on background threads, kept in
// memory within a budget (least recently used dropped first), shared by every render.

#include "gis/datasource/layer_source.h"
#include "gis/render/lod_layer.h"
#include "gis/render/map_settings.h"
#include "gis/render/render_layer.h"

#include <QFuture>
#include <QMutex>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

namespace atlas::gis {

class LodCache {
public:
    static LodCache& instance();
    ~LodCache();

    // A level fit for drawing `layer` (read through `source`) in `settings`, of which
    // `shownFraction` of the layer's area is in view; null when the layer is drawn exactly
    // (small, labelled, frame too detailed, build failed, or still building while the
    // frame shows little of the layer). Starts the build a frame needs; waits for it,
    // giving up on `cancel`, when the frame shows most of the layer. A zoomed-in frame of a
    // point layer also uses a coarser level: points are not simplified, only rounded.
    std::shared_ptr<const LodLayer> levelFor(const RenderLayer& layer, const LayerSource& source,
                                             const MapSettings& settings, double shownFraction,
                                             const std::atomic<bool>& cancel);

    // Drops every finished level (builds under way finish and are dropped).
    void clear();
    std::size_t bytes() const;
    // Frames given a level so far (tests and benchmarks).
    qint64 framesServed() const { return m_served.load(); }

private:
    LodCache();
    struct Entry {
        QString key;
        double tolerance = 0;
        QFuture<std::shared_ptr<const LodLayer>> build;
        std::shared_ptr<const LodLayer> level;
        bool failed = false;
        qint64 lastUse = 0;
    };
    void harvestLocked();
    void evictLocked();
    std::shared_ptr<const LodLayer> build(const RenderLayer& layer, const MapSettings& settings, double tolerance);

    mutable QMutex m_mutex;
    std::atomic<qint64> m_served{0};
    std::vector<Entry> m_entries;
    qint64 m_clock = 0;
    std::atomic<bool> m_stopping{false};
    QThreadPool m_buildPool;  // one build at a time
    QThreadPool m_partPool;   // the id ranges of that build, one per core
};

}  // namespace atlas::gis
