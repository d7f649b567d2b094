#include "core/model/atlas_document.h"

#include <algorithm>

namespace atlas::core {

int AtlasDocument::indexOfLayer(const QUuid& id) const
{
    for (int i = 0; i < layers.size(); ++i)
        if (layers[i].identity.uuid == id)
            return i;
    return -1;
}

const LayerSpec* AtlasDocument::layer(const QUuid& id) const
{
    const int i = indexOfLayer(id);
    return i < 0 ? nullptr : &layers[i];
}

LayerSpec* AtlasDocument::layer(const QUuid& id)
{
    const int i = indexOfLayer(id);
    return i < 0 ? nullptr : &layers[i];
}

bool AtlasDocument::moveLayer(const QUuid& id, int to)
{
    const int from = indexOfLayer(id);
    if (from < 0)
        return false;
    to = std::clamp(to, 0, int(layers.size()) - 1);
    layers.move(from, to);
    return true;
}

bool AtlasDocument::removeLayer(const QUuid& id)
{
    const int i = indexOfLayer(id);
    if (i < 0)
        return false;
    layers.removeAt(i);
    return true;
}

}  // namespace atlas::core
