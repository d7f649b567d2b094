#pragma once
// A tile basemap drawn under an atlas's layers: an XYZ tile service (URL template), a WMTS
// layer (its GetCapabilities URL, layer and tile matrix set, in any CRS the service has) or
// an offline MBTiles file, with the attribution its licence asks to show on the map.

#include <QString>

namespace atlas::core {

enum class BasemapType { Xyz, MBTiles, Wmts };

struct BasemapSpec {
    BasemapType type = BasemapType::Xyz;
    // XYZ: http(s) template with {z}, {x} and {y}. WMTS: the GetCapabilities URL. An MBTiles
    // file is the layer's sourcePath.
    QString url;
    QString attribution;  // shown on the map, e.g. "© OpenStreetMap contributors"
    int maxZoom = 19;     // deepest level the service has; closer views enlarge it
    QString preset;       // id of the preset it came from, empty for one typed in
    QString wmtsLayer;      // WMTS: the layer's identifier in the capabilities
    QString wmtsMatrixSet;  // WMTS: the tile matrix set's identifier

    bool operator==(const BasemapSpec&) const = default;
};

// Checks an XYZ URL template: http(s), a server and the three placeholders. Empty when
// fine, otherwise the reason in the interface language.
QString xyzTemplateProblem(const QString& url);

}  // namespace atlas::core
