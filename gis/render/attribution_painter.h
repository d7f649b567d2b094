#pragma once
// The credits of the basemaps in view, drawn small in a map's bottom-right corner on a
// pale band, as their licences ask (canvas, rendered images, printed sheets alike).

#include "gis/render/render_layer.h"

#include <QList>
#include <QPainter>
#include <QRect>
#include <QStringList>

namespace atlas::gis {

// The distinct attributions of the basemaps among `layers`, bottom first.
QStringList attributionsOf(const QList<RenderLayer>& layers);
// Draws `lines` joined with " | " at the bottom right of `area`; `dpi` sizes the text.
// Returns the band's rectangle (empty when there was nothing to draw).
QRect paintAttribution(QPainter& painter, const QRect& area, const QStringList& lines, double dpi = 96);

}  // namespace atlas::gis
