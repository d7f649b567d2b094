#pragma once
// The OpenAPI 3.0 description of the server, served at /api (the OGC "service-desc").

#include <QJsonObject>

namespace atlas::server {

QJsonObject openApiDocument(const QString& baseUrl);

}  // namespace atlas::server
