#pragma once
// The frame a render is made for: extent, output size, CRS and resolution. A value,
// copied into each render job so that workers never read live state.

#include "core/model/extent.h"

#include <QColor>
#include <QPointF>
#include <QSize>
#include <QString>

namespace atlas::gis {

struct MapSettings {
    core::Extent extent;  // in crs; fitted to the output aspect by fitted()
    QSize outputSize{800, 600};
    QString crs = QStringLiteral("EPSG:2154");
    double dpi = 96;
    QColor background = Qt::white;
    // Big layers may be drawn from a simplified in-memory copy when the frame is coarse
    // (gis/render/lod_cache.h); false draws every frame from the data.
    bool levelOfDetail = true;

    // The same settings with the extent widened to the output's aspect ratio.
    MapSettings fitted() const;
    double unitsPerPixel() const;
    QPointF toPixel(double x, double y) const;
    QPointF toMap(const QPointF& pixel) const;
    // 1:N scale at the centre of the map.
    double scaleDenominator() const;

    bool operator==(const MapSettings&) const = default;
};

}  // namespace atlas::gis
