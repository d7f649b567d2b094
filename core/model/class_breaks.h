#pragma once
// Class bounds of a numeric field: equal interval, quantiles and natural breaks (Jenks).

#include "core/model/style_classification.h"

#include <QList>

namespace atlas::core {

// Each function returns the bounds [min, b1, ..., max] of at most `classes` classes
// (class i is (b[i], b[i+1]], the first one also holds min). NaNs are ignored; no values
// gives an empty list; a single distinct value gives [v, v]; duplicated bounds (ties) are
// merged, so there may be fewer classes than asked for.
QList<double> equalIntervalBreaks(const QList<double>& values, int classes);
QList<double> quantileBreaks(const QList<double>& values, int classes);
// Fisher-Jenks optimal breaks (least within-class squared deviation). Exact up to
// kJenksExactLimit values; above, computed on that many evenly spaced sorted values
// (min and max included), like other GIS tools do, so large layers stay quick.
QList<double> jenksBreaks(const QList<double>& values, int classes);
QList<double> classBreaks(const QList<double>& values, int classes, ClassMethod method);

constexpr int kJenksExactLimit = 4000;

}  // namespace atlas::core
