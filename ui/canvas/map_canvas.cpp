#include "ui/canvas/map_canvas.h"

#include "ui/canvas/snapper.h"

#include "gis/crs/crs_transform.h"
#include "gis/render/attribution_painter.h"
#include "gis/render/render_job.h"
#include "ui/tools/map_tool.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace atlas::ui {
namespace {
constexpr int kRenderDelayMs = 25;
const QColor kCanvasBackground(250, 250, 248);
}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    qRegisterMetaType<gis::RenderResult>();
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_settings.background = kCanvasBackground;
    m_settings.extent = core::Extent{0, 0, 1, 1};
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
    // Tools talk to the canvas as they go (the active one unsets itself): delete them
    // while the canvas is whole, quietly, not from QObject's child cleanup after its
    // members are gone.
    const QSignalBlocker quiet(this);
    m_tool = nullptr;
    qDeleteAll(findChildren<MapTool*>(Qt::FindDirectChildrenOnly));
}

void MapCanvas::setLayers(const QList<gis::RenderLayer>& layers)
{
    m_layers = layers;
    m_attributions = gis::attributionsOf(layers);
    update();
    refresh();
}

void MapCanvas::setCrs(const QString& crs)
{
    if (crs == m_settings.crs)
        return;
    const gis::CrsTransform t(m_settings.crs, crs);
    const core::Extent e = t.isValid() ? t.transformExtent(m_settings.extent) : core::Extent::null();
    m_settings.crs = crs;
    m_frame.clear();
    if (!e.isNull())
        setExtent(e);
    else
        refresh();
}

void MapCanvas::setExtent(const core::Extent& extent)
{
    if (extent.isNull())
        return;
    m_requestedExtent = extent;
    updateOutputSize();
    m_settings.extent = extent.fittedTo(m_settings.outputSize.width(), m_settings.outputSize.height());
    emit extentChanged();
    refresh();
}

bool MapCanvas::isRendering() const
{
    return m_job && m_job->isRunning();
}

void MapCanvas::refresh()
{
    // What is drawing now is already out of date: stop it at once so the cores are free
    // when the timer starts the new frame (a drag restarts the timer at every move).
    if (m_job)
        m_job->cancel();
    m_renderTimer.start();
}

void MapCanvas::updateOutputSize()
{
    const double dpr = devicePixelRatioF();
    m_settings.outputSize = QSize(std::max(1, int(width() * dpr)), std::max(1, int(height() * dpr)));
    m_settings.dpi = 96.0 * dpr;
}

void MapCanvas::startRender()
{
    if (m_job)
        m_job->cancel();  // superseded: its result is ignored
    auto* job = new gis::RenderJob(m_layers, m_settings, this);
    connect(job, &gis::RenderJob::finished, this, [this, job](const gis::RenderResult& result) {
        job->deleteLater();
        if (job == m_job)
            onRenderFinished(result);
    });
    m_job = job;
    emit renderStarted();
    job->start();
}

void MapCanvas::onRenderFinished(const gis::RenderResult& result)
{
    if (result.cancelled)
        return;
    QImage image = result.image;
    image.setDevicePixelRatio(devicePixelRatioF());
    m_frame.set(image, result.settings);
    update();
    emit renderFinished(result);
}

void MapCanvas::setMapTool(MapTool* tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool)
        m_tool->activate();
    update();
    emit mapToolChanged(tool);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), kCanvasBackground);
    m_frame.paint(painter, m_settings, devicePixelRatioF());
    // Over the map, not in the rendered image: it stays put while a pan shifts the frame.
    gis::paintAttribution(painter, rect(), m_attributions);
    if (m_tool)
        m_tool->paintOverlay(painter);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    const double upp = m_settings.unitsPerPixel();
    const QPointF centre = m_settings.extent.center();
    updateOutputSize();
    if (!m_requestedExtent.isNull()) {
        m_settings.extent = m_requestedExtent.fittedTo(m_settings.outputSize.width(), m_settings.outputSize.height());
    } else {
        const double halfW = upp * m_settings.outputSize.width() / 2, halfH = upp * m_settings.outputSize.height() / 2;
        m_settings.extent = {centre.x() - halfW, centre.y() - halfH, centre.x() + halfW, centre.y() + halfH};
    }
    emit extentChanged();
    refresh();
}

void MapCanvas::userNavigated()
{
    m_requestedExtent = core::Extent::null();
    emit extentChanged();
    update();
    refresh();
}

void MapCanvas::zoomBy(double factor, QPointF aroundPixel)
{
    if (factor <= 0)
        return;
    const double dpr = devicePixelRatioF();
    const QPointF px = aroundPixel * dpr;
    const QPointF anchor = m_settings.toMap(px);
    const double upp = m_settings.unitsPerPixel() / factor;
    const double xMin = anchor.x() - px.x() * upp, yMax = anchor.y() + px.y() * upp;
    m_settings.extent = {xMin, yMax - m_settings.outputSize.height() * upp,
                         xMin + m_settings.outputSize.width() * upp, yMax};
    userNavigated();
}

void MapCanvas::panByPixels(QPointF delta)
{
    const double upp = m_settings.unitsPerPixel() * devicePixelRatioF();
    core::Extent& e = m_settings.extent;
    e = {e.xMin - delta.x() * upp, e.yMin + delta.y() * upp, e.xMax - delta.x() * upp, e.yMax + delta.y() * upp};
    userNavigated();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::MiddleButton && m_tool && m_tool->mousePress(event))
        return;
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_lastDragPos = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        panByPixels(event->position() - m_lastDragPos);
        m_lastDragPos = event->position();
    } else if (m_tool) {
        m_tool->mouseMove(event);
    }
    emit cursorMoved(m_settings.toMap(event->position() * devicePixelRatioF()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    } else if (m_tool) {
        m_tool->mouseRelease(event);
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (!m_tool || !m_tool->mouseDoubleClick(event))
        QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (!m_tool || !m_tool->keyPress(event))
        QWidget::keyPressEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::leaveEvent(QEvent*)
{
    emit cursorLeft();
}

void MapCanvas::setSnapper(Snapper* snapper)
{
    m_snapper = snapper;
}

Snapper* MapCanvas::snapper() const
{
    return m_snapper.data();
}

}  // namespace atlas::ui
