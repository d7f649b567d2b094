#pragma once
// What an interactive map bundle export is asked to do, and what it reports back.

#include <QList>
#include <QString>
#include <QUuid>
#include <atomic>
#include <functional>

namespace atlas::gis {

struct WebBundleOptions {
    QString outputDir;        // created if missing; must be empty or a previous bundle
    QString title;            // empty: the atlas title
    QString author;
    QString licence;
    QString attribution;      // sources of the data, shown in the page
    QString language = QStringLiteral("fr");  // fr, nl or en: the page's first language
    bool onlineBasemap = false;               // OpenStreetMap tiles: the only network use
    bool zip = false;                         // also write outputDir + ".zip"
    QList<QUuid> layers;                      // layers to export; empty: the visible ones
    qint64 tilesAbove = 20000;                // vector layers with more features become tiles
    int minZoom = 6;                          // zoom levels rendered for tiled layers
    int maxZoom = 11;
    int clusterAbove = 40;                    // point layers with more features are clustered
    int coordinateDecimals = 6;               // in degrees: 6 is about 10 cm
    bool observations = true;                 // the fiches of the observatory, as cards
    bool onlyPublished = true;                // only published fiches with a public scope
    bool stripPhotoMetadata = true;           // photos re-encoded: no EXIF GPS position leaves
    bool publications = true;                 // each publication as a story page of the bundle
    QUuid storyAlone;                         // set: this publication alone, as index.html
};

// Called on the exporting thread; `done` of `total` steps, `step` says what is going on.
using WebBundleProgress = std::function<void(int done, int total, const QString& step)>;

struct WebBundleReport {
    QString indexPath;  // the bundle's index.html
    QString zipPath;    // empty without the zip option
    int vectorLayers = 0;
    int tiledLayers = 0;
    qint64 features = 0;  // written as data
    qint64 observations = 0;  // fiches among them
    int photos = 0;
    int tiles = 0;        // PNG tiles written
    int stories = 0;      // publications written as story pages
    qint64 bytes = 0;     // size of the bundle folder
    qint64 elapsedMs = 0;
    QStringList warnings;  // layers skipped, with the reason
};

}  // namespace atlas::gis
