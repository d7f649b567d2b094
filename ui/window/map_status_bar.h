#pragma once
// The status bar widgets under the map: cursor coordinates (project CRS and WGS 84),
// scale, render state and the project CRS picker.

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;

namespace atlas::gis {
class CrsTransform;
struct RenderResult;
}

namespace atlas::ui {

class MapCanvas;

class MapStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit MapStatusBar(MapCanvas* canvas, QWidget* parent = nullptr);
    ~MapStatusBar() override;

    void setCrs(const QString& crs);
    QString coordinatesText() const;
    QString scaleText() const;

signals:
    void crsChosen(const QString& crs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCursor(const QPointF& mapPosition);
    void showScale();
    void showRenderResult(const gis::RenderResult& result);
    void retranslate();

    MapCanvas* m_canvas;
    QLabel* m_coordinates;
    QLabel* m_scale;
    QLabel* m_renderState;
    QLabel* m_crsLabel;
    QComboBox* m_crs;
    QString m_currentCrs;
    std::unique_ptr<gis::CrsTransform> m_toWgs84;
};

}  // namespace atlas::ui
