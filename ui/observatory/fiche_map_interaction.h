#pragma once
// What the map does with fiches while no tool is active: a click on a fiche picks it, a
// double click opens it, and photos or documents dropped on the map are placed as fiches
// where they fall (or attached to the fiche they are dropped on). Geodata dropped on it
// is left to the window, which opens it as layers.

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QUuid>

class QDropEvent;

namespace atlas::ui {

class MapCanvas;
class ObservationOverlay;

class FicheMapInteraction : public QObject {
    Q_OBJECT
public:
    FicheMapInteraction(MapCanvas* canvas, ObservationOverlay* overlay);

signals:
    void ficheClicked(const QUuid& fiche);
    void ficheActivated(const QUuid& fiche);
    // `lonLat`: where they fell, in WGS 84; `onFiche`: the fiche they fell on, or null.
    void filesDropped(const QStringList& files, const QPointF& lonLat, const QUuid& onFiche);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A click is a press and release this close together (pixels): more is a pan.
    static constexpr double kClickSlop = 4.0;
    bool dropFiles(QDropEvent* event);

    QPointer<MapCanvas> m_canvas;
    QPointer<ObservationOverlay> m_overlay;
    QPointF m_pressAt;
    bool m_pressed = false;
};

}  // namespace atlas::ui
