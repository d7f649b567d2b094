#include "basemap_fixtures.h"

#include "gis/store/sqlite_database.h"
#include "support/loopback_tile_server.h"

#include <QDirIterator>

namespace atlas::test {

gis::MapSettings lilleFrame()
{
    gis::MapSettings s;
    s.crs = QStringLiteral("EPSG:2154");
    s.outputSize = QSize(256, 256);
    s.extent = core::Extent{694000, 7050000, 714000, 7070000};
    return s.fitted();
}

gis::RenderResult renderDocument(const core::AtlasDocument& doc, const QString& atlasPath, const QString& cacheDir)
{
    const std::atomic<bool> never{false};
    return gis::renderMap(gis::renderLayersOf(doc, atlasPath, cacheDir), lilleFrame(), never);
}

QRgb centrePixel(const QImage& image)
{
    return image.pixel(image.width() / 2, image.height() / 2);
}

int countFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

bool writeMbtiles(const QString& path, QColor colour, int maxZoom, const QString& attribution)
{
    auto db = gis::SqliteDatabase::open(path, gis::SqliteDatabase::Mode::ReadWriteCreate);
    if (!db || !db.value()->exec(QStringLiteral(
                   "CREATE TABLE metadata (name TEXT, value TEXT);"
                   "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                   "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);")))
        return false;
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("name"), QStringLiteral("Fond test")},
        {QStringLiteral("format"), QStringLiteral("png")},
        {QStringLiteral("minzoom"), QStringLiteral("0")},
        {QStringLiteral("maxzoom"), QString::number(maxZoom)},
        {QStringLiteral("bounds"), QStringLiteral("-180,-85.0511,180,85.0511")},
        {QStringLiteral("attribution"), attribution},
    };
    for (const auto& [key, value] : meta) {
        auto q = db.value()->prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
        if (!q || (q.value().bind(1, key).bind(2, value).step(), !q.value().ok()))
            return false;
    }
    const QByteArray png = plainTilePng(colour);
    for (int z = 0; z <= maxZoom; ++z)
        for (int x = 0; x < (1 << z); ++x)
            for (int y = 0; y < (1 << z); ++y) {
                auto q = db.value()->prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
                if (!q || (q.value().bind(1, z).bind(2, x).bind(3, y).bind(4, png).step(), !q.value().ok()))
                    return false;
            }
    return true;
}

}  // namespace atlas::test
