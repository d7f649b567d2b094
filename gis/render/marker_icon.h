#pragma once
// SVG icons as point markers: the built-in ones shipped in the resources and any file the user
// picks, drawn into a marker image for the map or as vectors for the print and the legend.

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace atlas::gis {

// Names of the built-in icons ("church", "tree", …) and the resource path of one (empty if unknown).
QStringList builtinMarkerIcons();
QString builtinMarkerIconPath(const QString& name);
// The built-in name of a resource path, or empty for a file.
QString builtinMarkerIconName(const QString& path);

// Whether the icon at `path` can be drawn; if not, `why` says so in the user's language.
bool markerIconUsable(const QString& path, QString* why = nullptr);
// The icon fitted (aspect kept) and centred in a `side`-pixel square; null when it cannot be
// read. Cached per path and side, safe from any thread.
QImage markerIconImage(const QString& path, int side);
// Draws the icon fitted and centred in `box` (vectors on a PDF); false when it cannot be read.
bool drawMarkerIcon(QPainter& painter, const QString& path, const QRectF& box);

}  // namespace atlas::gis
