#pragma once
// What the app knows about CRSs: the project CRSs offered, names, units.

#include <QString>
#include <QStringList>

namespace atlas::gis {

// The project CRSs offered in the interface, most useful first.
QStringList projectCrsChoices();
// A human name, e.g. "RGF93 v1 / Lambert-93"; the code itself if PROJ does not know it.
QString crsName(const QString& crs);
// True for a geographic (degrees) CRS.
bool crsIsGeographic(const QString& crs);
// True if PROJ can build this CRS.
bool crsIsKnown(const QString& crs);

}  // namespace atlas::gis
