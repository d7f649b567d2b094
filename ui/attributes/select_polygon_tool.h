#pragma once
// Selects the features of one layer that a polygon drawn on the map meets (touches,
// crosses or holds): clicks place its vertices, a double click, Enter or a right click
// closes it; Shift held at the close adds to the selection. The layer is read in a worker
// against a GEOS prepared polygon; a new polygon while one is read replaces it.

#include "ui/tools/sketch_tool.h"

#include <QList>
#include <QString>

namespace atlas::ui {

class FeaturePick;

class SelectPolygonTool : public SketchTool {
    Q_OBJECT
public:
    explicit SelectPolygonTool(MapCanvas* canvas);

    // The layer the tool selects in; nothing is picked while unset.
    void setLayer(const QString& path, const QString& layerName);

    // Feature ids of `layerName` in `path` that the polygon `ring` (open, in `crs`) meets.
    // Reads the layer: run it in a worker.
    static QList<qint64> featuresMeeting(const QString& path, const QString& layerName, const QString& crs,
                                         const QList<QPointF>& ring);

signals:
    void picked(const QList<qint64>& ids, bool add);

protected:
    void shapeFinished(const QList<QPointF>& mapPoints) override;

private:
    QString m_path, m_layer;
    FeaturePick* m_pick;  // read off the UI thread
};

}  // namespace atlas::ui
