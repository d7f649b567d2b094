#pragma once
// Draws the fiches over the map, one SVG symbol per kind (line and area fiches also drawn
// as their shape, in the colour of their kind), the selected one ringed. A child
// widget of the canvas that lets every mouse event through; positions are loaded and
// projected to the map CRS in a worker, painting only places the symbols.

#include "gis/store/observation_store.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QPainterPath>
#include <QPolygonF>
#include <QWidget>

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
        bool area = false;
    };
    struct Loaded {
        QList<Placed> points;
        QString crs;
    };
    const QPixmap& symbol(core::ObservationKind kind);
    // Where a fiche's symbol is drawn, in widget coordinates.
    QRectF symbolRect(const Placed& placed) const;
    // A line or area fiche's parts on screen, as one path.
    QPainterPath screenPath(const Placed& placed) const;
    void paintShapes(QPainter& painter, const QList<const Placed*>& inView);

    QPointer<MapCanvas> m_canvas;
    QList<Placed> m_points;
    QString m_pointsCrs;
    QUuid m_selected;
    QHash<int, QPixmap> m_symbols;
    QFutureWatcher<Loaded> m_watcher;
    QString m_pendingPath;
    gis::ObservationFilter m_pendingFilter;
    bool m_reloadQueued = false;
};

}  // namespace atlas::ui
