#include "core/model/media_item.h"

namespace atlas::core {

MediaItem MediaItem::create()
{
    MediaItem m;
    m.identity = RecordIdentity::create();
    return m;
}

}  // namespace atlas::core
