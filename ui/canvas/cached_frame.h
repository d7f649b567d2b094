#pragma once
// The last finished map image and the frame it was drawn for, so that a pan or zoom
// can show it moved and scaled at once while the exact frame renders.

#include "gis/render/map_settings.h"

#include <QImage>

class QPainter;

namespace atlas::ui {

class CachedFrame {
public:
    void set(const QImage& image, const gis::MapSettings& settings);
    void clear() { m_image = QImage(); }
    bool isEmpty() const { return m_image.isNull(); }
    const QImage& image() const { return m_image; }
    const gis::MapSettings& settings() const { return m_settings; }
    // Draws the image where its extent falls in `current` (same CRS only).
    void paint(QPainter& painter, const gis::MapSettings& current, double devicePixelRatio) const;

private:
    QImage m_image;
    gis::MapSettings m_settings;
};

}  // namespace atlas::ui
