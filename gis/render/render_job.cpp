#include "gis/render/render_job.h"

#include "gis/render/render_pool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace atlas::gis {

RenderJob::RenderJob(QList<RenderLayer> layers, MapSettings settings, QObject* parent)
    : QObject(parent), m_layers(std::move(layers)), m_settings(std::move(settings))
{
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

RenderJob::~RenderJob()
{
    // The worker only holds copies and the shared flag, so it may finish on its own.
    m_cancel->store(true);
}

void RenderJob::start()
{
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(renderThreadPool(), [layers = m_layers, settings = m_settings, cancel] {
        return renderMap(layers, settings, *cancel);
    }));
}

void RenderJob::cancel()
{
    m_cancel->store(true);
}

}  // namespace atlas::gis
