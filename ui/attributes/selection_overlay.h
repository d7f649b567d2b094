#pragma once
// Highlights the selected features of one layer over the map (the attribute table's
// selection). Geometries are read and projected to the map CRS in a worker; painting only
// strokes the paths. A child of the canvas that lets every mouse event through.

#include "core/model/extent.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QPolygonF>
#include <QSet>
#include <QWidget>

namespace atlas::ui {

class MapCanvas;

class SelectionOverlay : public QWidget {
    Q_OBJECT
public:
    explicit SelectionOverlay(MapCanvas* canvas);
    ~SelectionOverlay() override;

    // Shows features `ids` of `layerName` in `path`; an empty set clears the highlight.
    void setSelection(const QString& path, const QString& layerName, const QSet<qint64>& ids);
    // Extent of the highlighted features in the map CRS (null when nothing is shown).
    core::Extent extent() const { return m_shapes.extent; }
    int shownFeatures() const { return m_shapes.features; }

signals:
    void selectionShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Shapes {
        QList<QPolygonF> lines;  // lines and polygon rings, in the map CRS
        QList<QPointF> points;
        core::Extent extent = core::Extent::null();
        int features = 0;
        QString crs;
    };
    static Shapes read(const QString& path, const QString& layerName, const QSet<qint64>& ids, const QString& crs);
    void start();

    QPointer<MapCanvas> m_canvas;
    Shapes m_shapes;
    QFutureWatcher<Shapes> m_watcher;
    QString m_path, m_layer;
    QSet<qint64> m_ids;
    bool m_pending = false;
};

}  // namespace atlas::ui
