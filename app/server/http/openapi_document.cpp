#include "http/openapi_document.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

QJsonObject ref(const QString& name)
{
    return QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/parameters/") + name}};
}

QJsonObject queryParam(const QString& name, const QString& description, const QJsonObject& schema)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("in"), QStringLiteral("query")},
                       {QStringLiteral("required"), false}, {QStringLiteral("description"), description},
                       {QStringLiteral("schema"), schema}};
}

QJsonObject pathParam(const QString& name)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("in"), QStringLiteral("path")},
                       {QStringLiteral("required"), true}, {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
}

// One operation: summary, parameters, and the success status with its media type.
QJsonObject operation(const QString& summary, const QJsonArray& parameters, const QString& status, const QString& type)
{
    QJsonObject response{{QStringLiteral("description"), summary}};
    if (!type.isEmpty())
        response.insert(QStringLiteral("content"), QJsonObject{{type, QJsonObject{{QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}});
    return QJsonObject{{QStringLiteral("summary"), summary},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("responses"),
                        QJsonObject{{status, response},
                                    {QStringLiteral("default"), QJsonObject{{QStringLiteral("description"), QStringLiteral("error: {\"error\": code, \"message\": text}")}}}}}};
}

QJsonObject get(const QString& summary, const QJsonArray& parameters = {}, const QString& type = QStringLiteral("application/json"))
{
    return QJsonObject{{QStringLiteral("get"), operation(summary, parameters, QStringLiteral("200"), type)}};
}

}  // namespace

QJsonObject openApiDocument(const QString& baseUrl)
{
    const QString json = QStringLiteral("application/json");
    const QString geojson = QStringLiteral("application/geo+json");
    const QJsonObject intSchema{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 0}};
    QJsonObject paths{
        {QStringLiteral("/"), get(QStringLiteral("Landing page"))},
        {QStringLiteral("/conformance"), get(QStringLiteral("Conformance classes"))},
        {QStringLiteral("/collections"), get(QStringLiteral("One collection per kind of fiche and per shared layer (GROUP.LAYER) visible to the caller"))},
        {QStringLiteral("/collections/{collectionId}"), get(QStringLiteral("A collection"), {ref(QStringLiteral("collectionId"))})},
        {QStringLiteral("/collections/{collectionId}/items"),
         get(QStringLiteral("Fiches of the collection visible to the caller, or features of a shared layer (no datetime)"),
             {ref(QStringLiteral("collectionId")), ref(QStringLiteral("bbox")), ref(QStringLiteral("limit")),
              ref(QStringLiteral("datetime")), ref(QStringLiteral("offset"))},
             geojson)},
        {QStringLiteral("/collections/{collectionId}/items/{featureId}"),
         get(QStringLiteral("One fiche"), {ref(QStringLiteral("collectionId")), pathParam(QStringLiteral("featureId"))}, geojson)},
        {QStringLiteral("/api/login"),
         QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Log in with {user, password}; returns a bearer token"), {}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/logout"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("End the session"), {}, QStringLiteral("204"), {})}}},
        {QStringLiteral("/api/me"), get(QStringLiteral("The account and its groups"))},
        {QStringLiteral("/api/groups/{group}/fiches"),
         QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("Fiches of a group"), {pathParam(QStringLiteral("group"))}, QStringLiteral("200"), json)},
                     {QStringLiteral("post"), operation(QStringLiteral("Create a fiche"), {pathParam(QStringLiteral("group"))}, QStringLiteral("201"), json)}}},
        {QStringLiteral("/api/groups/{group}/changes"),
         get(QStringLiteral("The group's change feed after a sequence number"), {pathParam(QStringLiteral("group"))})},
        {QStringLiteral("/api/fiches/{uuid}"),
         QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("A fiche"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)},
                     {QStringLiteral("put"), operation(QStringLiteral("Update (body: fields and the version edited)"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)},
                     {QStringLiteral("delete"), operation(QStringLiteral("Delete (?version=N)"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/fiches/{uuid}/publish"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Publish (animators)"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/fiches/{uuid}/reject"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Reject a proposed fiche (animators)"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/fiches/{uuid}/comments"),
         QJsonObject{{QStringLiteral("get"), operation(QStringLiteral("Comments and vote counts"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)},
                     {QStringLiteral("post"), operation(QStringLiteral("Comment a published public fiche"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("201"), json)}}},
        {QStringLiteral("/api/fiches/{uuid}/vote"), QJsonObject{{QStringLiteral("put"), operation(QStringLiteral("Vote +1 or -1, one per account"), {pathParam(QStringLiteral("uuid"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/comments/{id}/hide"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Hide a comment (animators)"), {pathParam(QStringLiteral("id"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/comments/{id}/restore"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Restore a comment (animators)"), {pathParam(QStringLiteral("id"))}, QStringLiteral("200"), json)}}},
        {QStringLiteral("/api/groups/{group}/media"), QJsonObject{{QStringLiteral("post"), operation(QStringLiteral("Upload a media file (body: bytes)"), {pathParam(QStringLiteral("group"))}, QStringLiteral("201"), json)}}},
        {QStringLiteral("/api/groups/{group}/media/{sha256}"),
         get(QStringLiteral("Download a media file (members; others when a fiche they may read shows it)"),
             {pathParam(QStringLiteral("group")), pathParam(QStringLiteral("sha256"))}, QStringLiteral("application/octet-stream"))},
        {QStringLiteral("/api/groups/{group}/layers"), get(QStringLiteral("Shared layers of a group visible to the caller"), {pathParam(QStringLiteral("group"))})},
        {QStringLiteral("/api/groups/{group}/layers/{name}"),
         QJsonObject{{QStringLiteral("put"), operation(QStringLiteral("Create (201) or replace (200) a layer; body: GeoJSON; ?scope=&title="),
                                                       {pathParam(QStringLiteral("group")), pathParam(QStringLiteral("name"))}, QStringLiteral("201"), json)},
                     {QStringLiteral("delete"), operation(QStringLiteral("Delete a layer (its owner or animators)"),
                                                          {pathParam(QStringLiteral("group")), pathParam(QStringLiteral("name"))}, QStringLiteral("200"), json)}}},
    };
    QJsonObject parameters{
        {QStringLiteral("collectionId"), pathParam(QStringLiteral("collectionId"))},
        {QStringLiteral("bbox"), queryParam(QStringLiteral("bbox"), QStringLiteral("minLon,minLat,maxLon,maxLat (CRS84)"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("minItems"), 4}, {QStringLiteral("maxItems"), 6},
                                                        {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}})},
        {QStringLiteral("limit"), queryParam(QStringLiteral("limit"), QStringLiteral("page size (1-1000, default 10)"),
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 1000}, {QStringLiteral("default"), 10}})},
        {QStringLiteral("datetime"), queryParam(QStringLiteral("datetime"), QStringLiteral("date or interval START/END"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}})},
        {QStringLiteral("offset"), queryParam(QStringLiteral("offset"), QStringLiteral("items to skip (next links)"), intSchema)},
    };
    QJsonObject parametersFixed = parameters;
    QJsonObject style = parametersFixed.value(QStringLiteral("bbox")).toObject();
    style.insert(QStringLiteral("style"), QStringLiteral("form"));
    style.insert(QStringLiteral("explode"), false);
    parametersFixed.insert(QStringLiteral("bbox"), style);
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Atlas Territoires server")},
                                             {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), baseUrl}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("parameters"), parametersFixed},
                     {QStringLiteral("securitySchemes"), QJsonObject{{QStringLiteral("bearer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}}}},
    };
}

}  // namespace atlas::server
