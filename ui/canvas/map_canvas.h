#pragma once
// The map canvas: asks for renders on worker threads and only paints their images.
// Pan by dragging, zoom with the wheel around the cursor.

#include "gis/render/map_renderer.h"
#include "gis/render/render_layer.h"
#include "ui/canvas/cached_frame.h"
#include "ui/tools/map_tool.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace atlas::gis {
class RenderJob;
}

namespace atlas::ui {

class Snapper;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setLayers(const QList<gis::RenderLayer>& layers);
    // Changes the CRS, keeping the same area in view.
    void setCrs(const QString& crs);
    // Shows `extent` (in the canvas CRS) whole, centred.
    void setExtent(const core::Extent& extent);
    core::Extent extent() const { return m_settings.extent; }
    const gis::MapSettings& mapSettings() const { return m_settings; }
    bool isRendering() const;
    // A render is queued or running: what is on screen is not final yet.
    bool hasPendingRender() const { return m_renderTimer.isActive() || isRendering(); }
    // The credits of the basemaps shown, painted in the bottom-right corner.
    const QStringList& attributions() const { return m_attributions; }
    // The last complete render (null before the first one finishes).
    const QImage& lastRenderedImage() const { return m_frame.image(); }

    // What drawing tools snap to (null: no snapping).
    void setSnapper(Snapper* snapper);
    Snapper* snapper() const;

    // The active tool gets mouse and key events first; null = pan with the left button.
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }

    void zoomBy(double factor, QPointF aroundPixel);
    void panByPixels(QPointF delta);

public slots:
    void refresh();

signals:
    void mapToolChanged(atlas::ui::MapTool* tool);
    void cursorMoved(const QPointF& mapPosition);
    void cursorLeft();
    void extentChanged();
    // A render that completed (not cancelled) and is now on screen.
    void renderFinished(const atlas::gis::RenderResult& result);
    void renderStarted();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateOutputSize();
    void startRender();
    void onRenderFinished(const gis::RenderResult& result);
    void userNavigated();

    gis::MapSettings m_settings;
    QPointer<Snapper> m_snapper;
    QList<gis::RenderLayer> m_layers;
    QStringList m_attributions;
    CachedFrame m_frame;
    QPointer<gis::RenderJob> m_job;
    QTimer m_renderTimer;  // merges bursts of refresh requests into one render
    core::Extent m_requestedExtent = core::Extent::null();  // re-fitted on resize until the user navigates
    QPointer<MapTool> m_tool;
    bool m_dragging = false;
    QPointF m_lastDragPos;
};

}  // namespace atlas::ui
