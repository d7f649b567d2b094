#include "web_assets.h"

namespace atlas::web {

QString assetsRoot()
{
    return QStringLiteral(":/web");
}

}  // namespace atlas::web
