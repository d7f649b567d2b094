#pragma once
// The public tile services offered as basemaps out of the box: OpenStreetMap, IGN
// (Géoplateforme plan and aerial photos) and Digitaal Vlaanderen (GRB and aerial photos).
// None is in an atlas until the user adds it: the app works offline.

#include "core/model/basemap_spec.h"

#include <QList>
#include <QString>
#include <optional>

namespace atlas::gis {

struct BasemapPreset {
    QString id;    // stable, stored in the atlas: osm, ign-plan, ign-ortho, vl-grb, vl-ortho
    QString name;  // in the interface language
    core::BasemapSpec spec;
};

QList<BasemapPreset> basemapPresets();
std::optional<BasemapPreset> basemapPreset(const QString& id);

}  // namespace atlas::gis
