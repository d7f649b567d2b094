#include "gis/tiles/mbtiles_file.h"

#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace atlas::gis {

core::Result<MbtilesInfo> readMbtiles(const QString& path)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("atlas::gis", text); };
    if (!QFileInfo::exists(path))
        return core::Error{path, {}, tr("file not found")};
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return db.error();
    if (!db.value()->hasTable(QStringLiteral("metadata")) ||
        (!db.value()->hasTable(QStringLiteral("tiles")) && !db.value()->hasTable(QStringLiteral("map"))))
        return core::Error{path, {}, tr("not an MBTiles file: it needs the tables metadata and tiles")};
    auto q = db.value()->prepare(QStringLiteral("SELECT name, value FROM metadata"));
    if (!q)
        return q.error();
    QHash<QString, QString> meta;
    while (q.value().step())
        meta.insert(q.value().text(0).toLower(), q.value().text(1));
    const QString format = meta.value(QStringLiteral("format"), QStringLiteral("png")).toLower();
    if (format == QLatin1String("pbf") || format == QLatin1String("mvt"))
        return core::Error{path, {}, tr("vector tiles (pbf) cannot be shown as a basemap; use PNG or JPEG tiles")};

    MbtilesInfo info;
    info.name = meta.value(QStringLiteral("name"));
    if (info.name.trimmed().isEmpty())
        info.name = QFileInfo(path).completeBaseName();
    info.spec.type = core::BasemapType::MBTiles;
    // Attribution may be HTML (a link): the map shows its text.
    QString attribution = meta.value(QStringLiteral("attribution"));
    attribution.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    info.spec.attribution = attribution.simplified();
    bool ok = false;
    const int maxZoom = meta.value(QStringLiteral("maxzoom")).toInt(&ok);
    if (!ok) {
        auto z = db.value()->prepare(QStringLiteral("SELECT MAX(zoom_level) FROM tiles"));
        info.spec.maxZoom = z && z.value().step() ? int(z.value().integer(0)) : 0;
    } else {
        info.spec.maxZoom = maxZoom;
    }
    return info;
}

}  // namespace atlas::gis
