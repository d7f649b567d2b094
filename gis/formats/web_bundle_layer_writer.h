#pragma once
// Writes one vector layer of an atlas as the JSON a web bundle embeds: its style, its
// fields and its features as GeoJSON in EPSG:4326.

#include "core/model/extent.h"
#include "core/model/layer_style.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace atlas::gis {

class LayerSource;
struct PathGeometry;

struct WebLayerJson {
    QByteArray json;         // one JSON object, ready to go into the layers array
    qint64 features = 0;
    core::Extent bounds = core::Extent::null();  // lon/lat of what was written
};

// A JSON string literal for `text`, safe in any JavaScript or JSON context.
QByteArray jsonString(const QString& text);
// The GeoJSON geometry of `g` (already in lon/lat), empty when nothing is left of it;
// grows `bounds` and sets `kind` to point, line or polygon.
QByteArray geometryJson(const PathGeometry& g, int decimals, core::Extent& bounds, QByteArray& kind);
// The style as the page uses it: CSS colours, sizes in CSS pixels, marker shape name, and when used
// a Leaflet dash array, a CSS blend mode and the SVG icon as a data URL.
QByteArray styleJson(const core::LayerStyle& style);

// Reads every feature of `source` (from its CRS, or `fallbackCrs` when it has none) and
// writes the layer object. `id` names the layer in the page; `cluster` groups points.
core::Result<WebLayerJson> writeVectorLayerJson(LayerSource& source, const QString& fallbackCrs,
                                                const QString& id, const QString& name,
                                                const core::LayerStyle& style, int clusterAbove,
                                                int decimals, const std::atomic<bool>* cancel);

}  // namespace atlas::gis
