#include "observatory_fixture.h"

#include "core/model/atlas_document.h"
#include "core/model/wkb_point.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"

#include <stdexcept>

namespace atlas::test {

ObservatoryFixture::ObservatoryFixture() : atlasPath(dir.filePath(QStringLiteral("obs.atlas")))
{
    core::AtlasDocument doc;
    doc.title = QStringLiteral("Observatory test");
    if (auto s = gis::createAtlas(atlasPath, doc); !s)
        throw std::runtime_error(s.error().message().toStdString());
    auto opened = gis::ObservationStore::open(atlasPath);
    if (!opened)
        throw std::runtime_error(opened.error().message().toStdString());
    store = opened.take();
}

void ObservatoryFixture::addCommunes()
{
    const QString geojson = dir.writeFile(QStringLiteral("communes.geojson"), R"({"type": "FeatureCollection",
      "features": [
        {"type": "Feature", "properties": {"name": "Kemmel"}, "geometry": {"type": "Polygon",
         "coordinates": [[[2.78, 50.75], [2.88, 50.75], [2.88, 50.82], [2.78, 50.82], [2.78, 50.75]]]}},
        {"type": "Feature", "properties": {"name": "Bergues"}, "geometry": {"type": "Polygon",
         "coordinates": [[[2.38, 50.93], [2.48, 50.93], [2.48, 51.0], [2.38, 51.0], [2.38, 50.93]]]}}]})");
    // The store keeps its connection open meanwhile, as the app does.
    gis::VectorImportRequest request{atlasPath, geojson, {}, QStringLiteral("communes"), 0};
    auto imported = gis::importVectorLayer(request);
    if (!imported)
        throw std::runtime_error(imported.error().message().toStdString());
    if (auto s = store->setBoundaryLayer(QStringLiteral("communes"), QStringLiteral("name")); !s)
        throw std::runtime_error(s.error().message().toStdString());
}

core::Observation ObservatoryFixture::fiche(core::ObservationKind kind, const QString& fr, const QString& nl,
                                            double lon, double lat)
{
    core::Observation o = core::Observation::create(kind);
    o.titleFr = fr;
    o.titleNl = nl;
    o.geometryWkb = core::pointWkb(lon, lat);
    return o;
}

QString sqlValue(gis::ObservationStore& store, const QString& sql)
{
    auto q = store.database().prepare(sql);
    if (!q)
        return QStringLiteral("<prepare: %1>").arg(q.error().reason);
    if (!q.value().step())
        return QStringLiteral("<no row: %1>").arg(q.value().errorString());
    return q.value().text(0);
}

}  // namespace atlas::test
