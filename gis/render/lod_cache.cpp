#include "gis/render/lod_cache.h"

#include "gis/crs/crs_transform.h"
#include "gis/render/layer_compositing.h"
#include "gis/render/thematic_lookup.h"

#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

// Layers, and frames, with fewer features than this are drawn exactly: they are quick.
constexpr qint64 kMinFeatures = 20000;
// A level is simplified to at most this fraction of the frame's pixel.
constexpr double kTolerancePixels = 0.25;
// A level much finer than the frame needs is still used, rather than reading the layer again.
constexpr double kFinestTolerancePixels = 1.0 / 64;
// A point level's positions are rounded to a 16th of its tolerance: one of up to 4 pixels of a
// frame keeps them within a quarter of its pixel (markers are stamped on whole pixels anyway).
constexpr double kPointLevelPixels = 4;
// A frame showing at least this fraction of the layer waits for the level's build: the
// exact draw would read about as much.
constexpr double kWaitFraction = 0.5;
constexpr std::size_t kByteBudget = std::size_t(96) << 20;

QString fileStamp(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? QStringLiteral("%1@%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch())
                         : QStringLiteral("-");
}

// What a level depends on: the data (and its SQLite write-ahead log), the map CRS and
// what decides each feature's symbol (not its colours).
QString keyOf(const RenderLayer& layer, const MapSettings& settings)
{
    QStringList key{layer.path, layer.layerName, fileStamp(layer.path),
                    fileStamp(layer.path + QStringLiteral("-wal")), settings.crs};
    const core::StyleClassification& t = layer.style.thematic;
    if (t.isThematic()) {
        key << QString::number(int(t.kind)) << t.field;
        for (const core::StyleCategory& c : t.categories)
            key << c.value;
        for (const core::StyleClass& c : t.classes)
            key << QString::number(c.lower, 'g', 17) + QLatin1Char(':') + QString::number(c.upper, 'g', 17);
    }
    return key.join(QLatin1Char('\x1f'));
}

struct PartBuild {
    LodLayer lod;
    bool ok = false;
};

}  // namespace

LodCache& LodCache::instance()
{
    static LodCache cache;
    return cache;
}

LodCache::LodCache()
{
    m_buildPool.setMaxThreadCount(1);
    m_partPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

LodCache::~LodCache()
{
    m_stopping.store(true);  // builds under way give up
    m_buildPool.waitForDone();
    m_partPool.waitForDone();
}

std::shared_ptr<const LodLayer> LodCache::levelFor(const RenderLayer& layer, const LayerSource& source,
                                                   const MapSettings& settings, double shownFraction,
                                                   const std::atomic<bool>& cancel)
{
    if (layer.kind != core::LayerKind::Vector || labelsShownAt(layer.style, settings))
        return nullptr;  // labels need the attributes, which a level does not keep
    const qint64 count = source.featureCount();
    const double upp = settings.unitsPerPixel();
    if (count < kMinFeatures || !(upp > 0) || !std::isfinite(upp))
        return nullptr;
    // A frame showing few features is drawn exactly, or from a point level already there.
    const bool fewShown = double(count) * shownFraction < kMinFeatures;
    const double wanted = std::exp2(std::floor(std::log2(upp * kTolerancePixels)));
    const QString key = keyOf(layer, settings);
    QFuture<std::shared_ptr<const LodLayer>> pending;
    {
        QMutexLocker lock(&m_mutex);
        harvestLocked();
        Entry* best = nullptr;
        for (Entry& e : m_entries) {
            if (e.key != key || !e.level || (fewShown && !e.level->pointsOnly))
                continue;
            const double coarsest = e.level->pointsOnly ? upp * kPointLevelPixels : wanted;
            if (e.tolerance <= coarsest && e.tolerance >= upp * kFinestTolerancePixels &&
                (!best || e.tolerance > best->tolerance))
                best = &e;
        }
        if (best) {
            best->lastUse = ++m_clock;
            ++m_served;
            return best->level;
        }
        if (fewShown)
            return nullptr;
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const Entry& e) { return e.key == key && e.tolerance == wanted; });
        if (it != m_entries.end() && it->failed)
            return nullptr;
        if (it == m_entries.end()) {
            Entry e;
            e.key = key;
            e.tolerance = wanted;
            e.lastUse = ++m_clock;
            e.build = QtConcurrent::run(&m_buildPool, [this, layer, settings, wanted] {
                return build(layer, settings, wanted);
            });
            m_entries.push_back(e);
            it = m_entries.end() - 1;
        }
        pending = it->build;
    }
    if (shownFraction < kWaitFraction)
        return nullptr;
    while (!pending.isFinished()) {
        if (cancel.load())
            return nullptr;
        QThread::msleep(1);
    }
    QMutexLocker lock(&m_mutex);
    harvestLocked();
    for (Entry& e : m_entries)
        if (e.key == key && e.tolerance == wanted && e.level) {
            e.lastUse = ++m_clock;
            ++m_served;
            return e.level;
        }
    return nullptr;
}

void LodCache::harvestLocked()
{
    bool added = false;
    for (Entry& e : m_entries) {
        if (e.level || e.failed || !e.build.isFinished())
            continue;
        e.level = e.build.result();
        e.failed = !e.level;
        e.build = {};
        added = added || e.level;
    }
    if (added)
        evictLocked();
}

void LodCache::evictLocked()
{
    for (;;) {
        std::size_t total = 0;
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (!it->level)
                continue;
            total += it->level->bytes();
            if (oldest == m_entries.end() || it->lastUse < oldest->lastUse)
                oldest = it;
        }
        if (total <= kByteBudget || oldest == m_entries.end())
            return;
        m_entries.erase(oldest);
    }
}

void LodCache::clear()
{
    QMutexLocker lock(&m_mutex);
    // Builds under way stay listed so that nobody starts them twice; they are dropped later.
    std::erase_if(m_entries, [](const Entry& e) { return !e.build.isRunning(); });
}

std::size_t LodCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    std::size_t total = 0;
    for (const Entry& e : m_entries)
        total += e.level ? e.level->bytes() : 0;
    return total;
}

std::shared_ptr<const LodLayer> LodCache::build(const RenderLayer& layer, const MapSettings& settings, double tolerance)
{
    auto source = openLayerSource(layer.path, layer.layerName, layer.kind);
    if (!source)
        return nullptr;
    const QString layerCrs = source.value()->crs().isEmpty() ? settings.crs : source.value()->crs();
    const core::StyleClassification& thematic = layer.style.thematic;
    FeatureRequest request;
    if (thematic.isThematic())
        request.fields << thematic.field;
    const QList<FeatureRequest> parts = source.value()->split(request, m_partPool.maxThreadCount());
    const ThematicLookup lookup(thematic);
    LodBuildParams params;
    params.tolerance = tolerance;
    params.originX = settings.extent.center().x();  // any fixed point near the data
    params.originY = settings.extent.center().y();
    params.thematicField = thematic.isThematic() ? 0 : -1;
    params.lookup = &lookup;
    params.byteBudget = kByteBudget / std::size_t(parts.size());
    QList<PartBuild> built = QtConcurrent::blockingMapped(&m_partPool, parts, [&](const FeatureRequest& part) {
        PartBuild r;
        auto partSource = openLayerSource(layer.path, layer.layerName, layer.kind);
        const CrsTransform transform(layerCrs, settings.crs);
        if (!partSource || !transform.isValid())
            return r;
        auto lod = buildLodLayer(*partSource.value(), part, transform, params, m_stopping);
        if (lod) {
            r.lod = lod.take();
            r.ok = true;
        }
        return r;
    });
    if (built.isEmpty() || !std::all_of(built.begin(), built.end(), [](const PartBuild& p) { return p.ok; }))
        return nullptr;
    // Parts are merged into the first one, each freed once copied: the peak stays near
    // the size of the level rather than twice it.
    auto all = std::make_shared<LodLayer>(std::move(built.first().lod));
    for (qsizetype i = 1; i < built.size(); ++i) {
        all->append(built[i].lod);
        built[i].lod = LodLayer();
    }
    all->xy.shrink_to_fit();
    all->featureBox.shrink_to_fit();
    all->partEnd.shrink_to_fit();
    all->partRole.shrink_to_fit();
    all->featureEnd.shrink_to_fit();
    all->symbol.shrink_to_fit();
    return all;
}

}  // namespace atlas::gis
