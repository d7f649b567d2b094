#pragma once
// Compares two vector layers feature by feature (count, attributes by name, geometries
// within a tolerance): round-trip tests and the import benchmark's check against ogr2ogr.

#include "core/model/result.h"

#include <QString>
#include <QStringList>

namespace atlas::gis {

struct LayerCompareOptions {
    double tolerance = 1e-9;      // coordinates and real values, absolute
    bool geometries = true;
    bool attributes = true;
    int fieldNameLength = 0;      // > 0: names of B may be cut to this length (Shapefile: 10)
    QStringList ignoredFields = {};
    QString orderBy = {};         // match features in this field's order (formats that reorder)
};

struct LayerComparison {
    qint64 countA = 0;
    qint64 countB = 0;
    QStringList comparedFields;  // fields of A found in B (or B's feature id column)
    QStringList missingFields;   // fields of A that B lacks
    qint64 valueDifferences = 0;
    qint64 geometryDifferences = 0;
    QString firstDifference;     // "feature 12, field name: 'a' != 'b'"

    bool same() const
    {
        return countA == countB && missingFields.isEmpty() && valueDifferences == 0 && geometryDifferences == 0;
    }
};

// Features are matched in reading order.
core::Result<LayerComparison> compareLayers(const QString& pathA, const QString& layerA, const QString& pathB,
                                            const QString& layerB, const LayerCompareOptions& options = {});

}  // namespace atlas::gis
