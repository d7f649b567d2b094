#pragma once
// A fresh atlas with an open ObservationStore for each observatory test, and small helpers.

#include "core/model/observation.h"
#include "gis/store/observation_store.h"
#include "support/temp_dir.h"

#include <QString>
#include <memory>

namespace atlas::test {

struct ObservatoryFixture {
    ObservatoryFixture();  // throws (a Catch failure) if the atlas cannot be made

    TempDir dir;
    QString atlasPath;
    std::unique_ptr<gis::ObservationStore> store;

    // Adds a boundary layer "communes" (two squares named Kemmel and Bergues, field "name").
    void addCommunes();
    // A point fiche with the given titles.
    static core::Observation fiche(core::ObservationKind kind, const QString& fr, const QString& nl, double lon = 2.83,
                                   double lat = 50.78);
};

// The first column of the first row of `sql` on the store's connection, as text.
QString sqlValue(gis::ObservationStore& store, const QString& sql);

}  // namespace atlas::test
