#pragma once
// Shared by the basemap tests: a frame over Lille in Lambert-93 (so tiles are
// reprojected from Web Mercator), its render, and a generated MBTiles file.

#include "gis/render/map_renderer.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace atlas::test {

// 256×256 pixels, 20 km around Lille, EPSG:2154.
gis::MapSettings lilleFrame();
// Renders the visible layers of `doc` (saved at `atlasPath`) with tiles cached in `cacheDir`.
gis::RenderResult renderDocument(const core::AtlasDocument& doc, const QString& atlasPath, const QString& cacheDir);
// The pixel at the image's centre.
QRgb centrePixel(const QImage& image);
// Files below `dir`, recursively.
int countFiles(const QString& dir);
// An MBTiles file of plain `colour` PNG tiles for zooms 0..maxZoom (the whole world).
bool writeMbtiles(const QString& path, QColor colour, int maxZoom, const QString& attribution);

}  // namespace atlas::test
