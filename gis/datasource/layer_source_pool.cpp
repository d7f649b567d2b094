#include "gis/datasource/layer_source_pool.h"

#include <sys/stat.h>

#include <atomic>
#include <list>
#include <mutex>
#include <tuple>

namespace atlas::gis {
namespace {

// Two threads for each of a few big layers, and a superseded frame still winding down.
constexpr std::size_t kIdleSources = 8;

// The file itself: another one put in its place (a layer exported again over it) is another
// dataset to SQLite, whose count of changes would not move.
using FileStamp = std::tuple<dev_t, ino_t, off_t, std::int64_t>;

FileStamp stampOf(const QString& path)
{
    struct stat st {};
    if (::stat(path.toLocal8Bit().constData(), &st) != 0)
        return {};
    return {st.st_dev, st.st_ino, st.st_size, std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

struct IdleSource {
    QString path, layer;
    FileStamp stamp;
    std::unique_ptr<LayerSource> source;
};

std::atomic<qint64> g_opened{0}, g_reused{0};

// Never destroyed: a render still winding down when the program ends gives its source back.
std::mutex& poolMutex()
{
    static auto* m = new std::mutex;
    return *m;
}

std::list<IdleSource>& idleSources()  // most recently returned first
{
    static auto* idle = new std::list<IdleSource>;
    return *idle;
}

IdleSource takeIdle(const QString& path, const QString& layer)
{
    std::lock_guard lock(poolMutex());
    auto& idle = idleSources();
    const auto it = std::find_if(idle.begin(), idle.end(),
                                 [&](const IdleSource& s) { return s.path == path && s.layer == layer; });
    if (it == idle.end())
        return {};
    IdleSource taken = std::move(*it);
    idle.erase(it);
    return taken;
}

// Lends a source out; gives it back to the pool when done with.
class PooledSource final : public LayerSource {
public:
    PooledSource(std::unique_ptr<LayerSource> source, QString path, QString layer, FileStamp stamp)
        : m_source(std::move(source)), m_path(std::move(path)), m_layer(std::move(layer)), m_stamp(stamp)
    {
    }
    ~PooledSource() override
    {
        std::list<IdleSource> evicted;  // closed after the lock: closing takes time
        std::lock_guard lock(poolMutex());
        auto& idle = idleSources();
        idle.push_front({std::move(m_path), std::move(m_layer), m_stamp, std::move(m_source)});
        if (idle.size() > kIdleSources)
            evicted.splice(evicted.begin(), idle, std::next(idle.begin(), kIdleSources), idle.end());
    }

    core::LayerKind kind() const override { return m_source->kind(); }
    QString crs() const override { return m_source->crs(); }
    core::Extent extent() const override { return m_source->extent(); }
    qint64 featureCount() const override { return m_source->featureCount(); }
    QString geometryType() const override { return m_source->geometryType(); }
    QList<FieldInfo> fields() const override { return m_source->fields(); }
    std::unique_ptr<FeatureIterator> features(const FeatureRequest& request) override
    {
        return m_source->features(request);
    }
    QList<FeatureRequest> split(const FeatureRequest& request, int parts) const override
    {
        return m_source->split(request, parts);
    }
    bool unchangedSinceOpened() override { return m_source->unchangedSinceOpened(); }

private:
    std::unique_ptr<LayerSource> m_source;
    QString m_path, m_layer;
    FileStamp m_stamp;
};

}  // namespace

core::Result<std::unique_ptr<LayerSource>> openPooledLayerSource(const QString& path, const QString& layer,
                                                                 core::LayerKind kind)
{
    if (kind != core::LayerKind::Vector)
        return openLayerSource(path, layer, kind);
    const FileStamp stamp = stampOf(path);
    std::unique_ptr<LayerSource> source;
    // Sources opened before their file changed are closed (outside the lock: closing takes time).
    for (IdleSource idle; (idle = takeIdle(path, layer)).source;)
        if (idle.stamp == stamp && idle.source->unchangedSinceOpened()) {
            source = std::move(idle.source);
            ++g_reused;
            break;
        }
    if (!source) {
        auto opened = openLayerSource(path, layer, kind);
        if (!opened)
            return opened.error();
        source = opened.take();
        ++g_opened;
        if (!source->unchangedSinceOpened())
            return source;  // cannot tell when its data changes: not kept
    }
    return std::unique_ptr<LayerSource>(new PooledSource(std::move(source), path, layer, stamp));
}

LayerSourcePoolCounts layerSourcePoolCounts()
{
    return {g_opened.load(), g_reused.load()};
}

}  // namespace atlas::gis
