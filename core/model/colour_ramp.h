#pragma once
// Named colour ramps: sequential ones for graduated classes, qualitative ones for categories.

#include <QColor>
#include <QList>
#include <QStringList>

namespace atlas::core {

QStringList sequentialRampNames();   // "Viridis", "YlOrRd", "Blues", ...
QStringList qualitativeRampNames();  // "Set2", "Tableau", ...
bool isRampName(const QString& name);

// `count` colours evenly spread along the ramp (a qualitative ramp repeats its colours,
// lighter each round, when asked for more than it has). Unknown names use the default
// ramp of their kind: Viridis, or Tableau for qualitative.
QList<QColor> rampColours(const QString& name, int count);

}  // namespace atlas::core
