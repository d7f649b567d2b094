#include "ui/canvas/snapper.h"

#include "ui/canvas/map_canvas.h"

#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

Snapper::Snapper(MapCanvas* canvas) : QObject(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("Snapper"));
    // Each finished render may show new data (an edit, a pan): read again while a tool is on.
    connect(canvas, &MapCanvas::renderFinished, this, [this] { update(); });
    connect(canvas, &MapCanvas::mapToolChanged, this, [this] { update(); });
    connect(&m_watcher, &QFutureWatcher<gis::SnapIndex>::finished, this, [this] {
        if (m_cancel && m_cancel->load())
            m_index.reset();
        else
            m_index = std::make_shared<const gis::SnapIndex>(m_watcher.result());
        if (m_again) {
            m_again = false;
            update();
            return;
        }
        emit indexReady();
    });
}

Snapper::~Snapper()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void Snapper::setEnabled(bool on)
{
    m_enabled = on;
    update();
}

void Snapper::setSources(const QList<gis::SnapSource>& sources)
{
    m_sources = sources;
    update();
}

void Snapper::update()
{
    if (!m_canvas)
        return;
    if (!m_enabled || m_sources.isEmpty() || !m_canvas->mapTool()) {
        m_index.reset();  // nothing draws: nothing to keep in memory
        return;
    }
    const core::Extent view = m_canvas->extent();
    const QString crs = m_canvas->mapSettings().crs;
    if (m_watcher.isRunning()) {
        m_cancel->store(true);  // what it reads is out of date; its result is dropped
        m_again = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([sources = m_sources, extent = view.buffered(0.5), crs, cancel = m_cancel] {
        return gis::SnapIndex::build(sources, extent, crs, 400000, cancel.get());
    }));
}

std::optional<gis::SnapHit> Snapper::snap(const QPointF& widgetPosition) const
{
    if (!m_enabled || !m_index || !m_canvas || m_index->crs() != m_canvas->mapSettings().crs)
        return std::nullopt;
    const gis::MapSettings& settings = m_canvas->mapSettings();
    const QPointF at = settings.toMap(widgetPosition * m_canvas->devicePixelRatioF());
    const double unitsPerPixel = settings.extent.width() / std::max(1.0, double(m_canvas->width()));
    return m_index->snap(at, m_tolerance * unitsPerPixel);
}

}  // namespace atlas::ui
