#pragma once
// The raster part of the layer style dialog: render type, band, value range (typed, or read from the band
// off the UI thread), colour ramp, relief shading and the light of the hillshade.

#include "core/model/raster_style.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class RasterStyleEditor : public QWidget {
    Q_OBJECT
public:
    // `path` is the raster file: its bands are counted here, its range read in a worker.
    RasterStyleEditor(const core::RasterStyle& initial, const QString& path, QWidget* parent = nullptr);

    core::RasterStyle style() const;

    QComboBox* renderBox() const { return m_render; }
    QComboBox* rampBox() const { return m_ramp; }
    QCheckBox* ownRangeBox() const { return m_ownRange; }
    QDoubleSpinBox* minimumBox() const { return m_minimum; }
    QDoubleSpinBox* maximumBox() const { return m_maximum; }
    QPushButton* readRangeButton() const { return m_readRange; }
    QCheckBox* shadeBox() const { return m_shade; }

signals:
    // The band's range was read (the boxes show it) or could not be (`ok` false, the reason shown).
    void rangeRead(bool ok);

private:
    void readRange();
    void updateEnabled();

    QString m_path;
    QComboBox* m_render;
    QSpinBox* m_band;
    QCheckBox* m_ownRange;
    QDoubleSpinBox* m_minimum;
    QDoubleSpinBox* m_maximum;
    QPushButton* m_readRange;
    QComboBox* m_ramp;
    QCheckBox* m_shade;
    QDoubleSpinBox* m_azimuth;
    QDoubleSpinBox* m_altitude;
    QDoubleSpinBox* m_zFactor;
    QWidget* m_rangeRow;
    int m_generation = 0;  // a newer read makes older results stale
};

}  // namespace atlas::ui
