#pragma once
// Where the web bundle assets (page template and map library) are embedded: the Qt
// resource tree :/web, laid out as in a bundle (index.html, app/, lib/).

#include <QString>

namespace atlas::web {

QString assetsRoot();

}  // namespace atlas::web
