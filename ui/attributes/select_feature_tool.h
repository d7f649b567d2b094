#pragma once
// Selects features of one layer on the map: a click picks the feature under the cursor
// (a point within a few pixels, a line passing by, a polygon containing it), a drag picks
// every feature whose bounding box meets the rectangle; Shift adds to the selection. The
// layer is read in a worker; a new pick while one is read replaces it.

#include "gis/render/map_settings.h"
#include "ui/tools/map_tool.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace atlas::ui {

class FeaturePick;

class SelectFeatureTool : public MapTool {
    Q_OBJECT
public:
    explicit SelectFeatureTool(MapCanvas* canvas);

    // The layer the tool selects in; nothing is picked while unset.
    void setLayer(const QString& path, const QString& layerName);

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;

    // Feature ids of `layerName` in `path` under widget rectangle `area` of a map drawn with
    // `settings` (a click is a small square around it). Reads the layer: run it in a worker.
    static QList<qint64> featuresIn(const QString& path, const QString& layerName, const gis::MapSettings& settings,
                                    qreal pixelRatio, const QRectF& area, bool click);

signals:
    void picked(const QList<qint64>& ids, bool add);

private:
    QString m_path, m_layer;
    QPointF m_pressAt, m_dragTo;
    bool m_pressed = false;
    FeaturePick* m_pick;  // read off the UI thread
};

}  // namespace atlas::ui
