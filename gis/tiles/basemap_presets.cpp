#include "gis/tiles/basemap_presets.h"

#include <QCoreApplication>

namespace atlas::gis {
namespace {

core::BasemapSpec xyz(const char* url, const QString& attribution, int maxZoom, const char* id)
{
    return {core::BasemapType::Xyz, QString::fromLatin1(url), attribution, maxZoom, QString::fromLatin1(id), {}, {}};
}

// The WMTS services are asked tile by tile (KVP GetTile) on their Web Mercator tile
// matrix sets, whose levels are numbered like XYZ zooms.
constexpr const char* kIgnPlan =
    "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2"
    "&STYLE=normal&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png";
constexpr const char* kIgnOrtho =
    "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=ORTHOIMAGERY.ORTHOPHOTOS"
    "&STYLE=normal&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/jpeg";
constexpr const char* kVlGrb =
    "https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE="
    "&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";
constexpr const char* kVlOrtho =
    "https://geo.api.vlaanderen.be/OMWRGBMRVL/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=omwrgbmrvl"
    "&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";

}  // namespace

QList<BasemapPreset> basemapPresets()
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("atlas::gis", text); };
    return {
        {QStringLiteral("osm"), tr("OpenStreetMap"),
         xyz("https://tile.openstreetmap.org/{z}/{x}/{y}.png", tr("© OpenStreetMap contributors"), 19, "osm")},
        {QStringLiteral("ign-plan"), tr("IGN Plan (France)"), xyz(kIgnPlan, tr("© IGN – Géoplateforme"), 19, "ign-plan")},
        {QStringLiteral("ign-ortho"), tr("IGN aerial photos (France)"),
         xyz(kIgnOrtho, tr("© IGN – Géoplateforme"), 19, "ign-ortho")},
        {QStringLiteral("vl-grb"), tr("GRB base map (Flanders)"), xyz(kVlGrb, tr("© Digitaal Vlaanderen"), 20, "vl-grb")},
        {QStringLiteral("vl-ortho"), tr("Aerial photos (Flanders)"),
         xyz(kVlOrtho, tr("© Digitaal Vlaanderen"), 20, "vl-ortho")},
    };
}

std::optional<BasemapPreset> basemapPreset(const QString& id)
{
    for (const BasemapPreset& p : basemapPresets())
        if (p.id == id)
            return p;
    return std::nullopt;
}

}  // namespace atlas::gis
