#pragma once
// The atlas as a value: project CRS, initial view and the ordered layer list.

#include "core/model/extent.h"
#include "core/model/layer_spec.h"

#include <QList>
#include <QString>
#include <optional>

namespace atlas::core {

struct AtlasDocument {
    RecordIdentity identity = RecordIdentity::create();
    QString title;
    QString crs = QStringLiteral("EPSG:2154");  // authority:code of the project CRS
    Extent initialView = Extent::null();        // in the project CRS
    QList<LayerSpec> layers;                    // drawing order: first is drawn first (bottom)

    int indexOfLayer(const QUuid& id) const;
    const LayerSpec* layer(const QUuid& id) const;
    LayerSpec* layer(const QUuid& id);
    // Moves a layer to position `to` (clamped); returns false if id is unknown.
    bool moveLayer(const QUuid& id, int to);
    bool removeLayer(const QUuid& id);
};

}  // namespace atlas::core
