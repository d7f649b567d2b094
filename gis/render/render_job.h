#pragma once
// A map render running on a worker thread: start it, cancel it, get `finished`.

#include "gis/render/map_renderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace atlas::gis {

class RenderJob : public QObject {
    Q_OBJECT
public:
    RenderJob(QList<RenderLayer> layers, MapSettings settings, QObject* parent = nullptr);
    ~RenderJob() override;

    void start();
    // Asks the worker to stop; returns at once. `finished` still arrives, cancelled.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const MapSettings& settings() const { return m_settings; }

signals:
    void finished(const atlas::gis::RenderResult& result);

private:
    QList<RenderLayer> m_layers;
    MapSettings m_settings;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<RenderResult> m_watcher;
};

}  // namespace atlas::gis
