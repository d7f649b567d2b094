#pragma once
// Helpers of the import/export tests: files written and read the way other tools would
// (GDAL directly), and a snapshot of an atlas to prove a failed import changed nothing.

#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace atlas::test {

// ogr2ogr in-process: `args` as on its command line (without the file names).
bool translate(const QString& source, const QString& target, const QStringList& args);

// Every row of `sql` on an SQLite file, columns joined by '|'; "<error>" on failure.
QStringList sqlRows(const QString& databasePath, const QString& sql);

// The atlas's layers, tables, triggers and integrity check, as one comparable text.
QString atlasSnapshot(const QString& atlasPath);

// A layer as OGR reads it: field names, and per feature its values and geometry (WKT).
struct LayerContent {
    qint64 count = -1;
    QStringList fields;
    QList<QStringList> values;
    QStringList wkt;
    QString geometryType;
    QString crs;  // "EPSG:n" when identified
    QString error;
};
LayerContent readLayer(const QString& path, const QString& layer = {});

// ISO WKB of a WKT text, through OGR.
QByteArray wkbFromWkt(const char* wkt);

// A new atlas in `dir`; REQUIREs success.
QString newAtlas(const TempDir& dir, const QString& name = QStringLiteral("test.atlas"));

}  // namespace atlas::test
