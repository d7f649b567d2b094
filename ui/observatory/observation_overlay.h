#pragma once
// Draws the fiches over the map, one SVG symbol per kind (line and area fiches also drawn
// as their shape, in the colour of their kind), the selected one ringed. A child
// widget of the canvas that lets every mouse event through; positions are loaded and
// projected to the map CRS in a worker, painting only places the symbols.

#include "gis/store/observation_store.h"
#include "ui/observatory/fiche_dots.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QPainterPath>
#include <QPolygonF>
#include <QWidget>
#include <memory>
#include <vector>

namespace atlas::ui {

class MapCanvas;

class ObservationOverlay : public QWidget {
    Q_OBJECT
public:
    ObservationOverlay(MapCanvas* canvas);

    // Reloads the positions of the fiches matching `filter` from the atlas at `atlasPath`.
    void reload(const QString& atlasPath, const gis::ObservationFilter& filter);
    void setSelected(const QUuid& uuid);
    // The fiche drawn under `widgetPosition`: a symbol first (the nearest), then a line
    // passing within a few pixels or an area containing it; null when none.
    QUuid ficheAt(const QPointF& widgetPosition) const;
    int pointCount() const { return int(m_points.size()); }
    // Dots for a view with too many fiches for symbols are being drawn in a worker.
    bool dotsPending() const { return m_dotsWatcher.isRunning(); }
    // The box of the fiches' positions loaded, in the canvas CRS.
    QRectF pointsBounds() const { return m_pointsBounds; }

signals:
    void reloaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Placed {
        QUuid uuid;
        core::ObservationKind kind;
        QPointF map;  // in the canvas CRS
        // A line or area fiche: its parts in the canvas CRS (empty for a point).
        QList<QPolygonF> shape;
        QRectF shapeBounds;  // of `shape`, in the canvas CRS
        bool area = false;
    };
    struct Loaded {
        QList<Placed> points;
        QString crs;
        QRectF bounds;
    };
    void setPoints(const QList<Placed>& points);
    const QImage& symbol(core::ObservationKind kind);
    // Where a fiche's symbol is drawn, in widget coordinates.
    QRectF symbolRect(const Placed& placed) const;
    static QPointF symbolTopLeft(QPointF at, core::ObservationKind kind);
    // A line or area fiche's parts on screen, as one path.
    QPainterPath screenPath(const Placed& placed) const;
    void paintShapes(QPainter& painter, const QList<const Placed*>& inView);

    QPointer<MapCanvas> m_canvas;
    QList<Placed> m_points;
    // The same fiches' positions, packed for the paint loop and the dots' worker, and
    // those with a shape.
    std::shared_ptr<const std::vector<QPointF>> m_positions;
    std::vector<const Placed*> m_shapes;
    // Dots for the last frame asked, made in a worker; `m_dotsOf` tells stale results apart.
    FicheDots m_dots;
    QFutureWatcher<std::pair<int, FicheDots>> m_dotsWatcher;  // (m_dotsOf when asked, dots)
    int m_dotsOf = 0;
    void requestDots(const gis::MapSettings& settings);
    void paintDots(QPainter& painter, const gis::MapSettings& settings);
    QString m_pointsCrs;
    QRectF m_pointsBounds;
    QUuid m_selected;
    QHash<int, QImage> m_symbols;
    std::vector<std::pair<QPointF, const Placed*>> m_inView;
    QFutureWatcher<Loaded> m_watcher;
    QString m_pendingPath;
    gis::ObservationFilter m_pendingFilter;
    bool m_reloadQueued = false;
};

}  // namespace atlas::ui
