// gis::MediaStore and importMedia on real files: content addressing, EXIF via exiv2,
// background thumbnails, geotagged photos placed as fiches, and bad input refused cleanly.

#include "core/model/wkb_point.h"
#include "gis/media/media_import.h"
#include "gis/media/media_store.h"
#include "gis/media/photo_metadata.h"
#include "gis/media/web_link.h"
#include "gis/store/change_log.h"
#include "observatory_fixture.h"
#include "support/test_support.h"

#include <libheif/heif.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

using namespace atlas;
using atlas::test::ObservatoryFixture;
using atlas::test::sqlValue;

namespace {

// A real JPEG (a drawn picture), optionally geotagged with the exiv2 tool as cameras do.
QString writePhoto(const test::TempDir& dir, const QString& name, QColor colour, bool gps)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(100, 100, 200, 150, Qt::white);
    painter.end();
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "JPEG", 90));
    if (gps) {
        const QString exiv2 = QStandardPaths::findExecutable(QStringLiteral("exiv2"));
        REQUIRE_FALSE(exiv2.isEmpty());  // Debian package exiv2 (scripts/install-deps.sh)
        // Kemmel: 50°47'0" N, 2°49'40.8" E, looking west-south-west, 25 Nov 2016.
        const QStringList args = {
            QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLatitudeRef N"),
            QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLatitude 50/1 47/1 0/1"),
            QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLongitudeRef E"),
            QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSLongitude 2/1 49/1 408/10"),
            QStringLiteral("-M"), QStringLiteral("set Exif.GPSInfo.GPSImgDirection 2475/10"),
            QStringLiteral("-M"), QStringLiteral("set Exif.Photo.DateTimeOriginal 2016:11:25 14:30:00"),
            QStringLiteral("mo"), path};
        REQUIRE(QProcess::execute(exiv2, args) == 0);
    }
    return path;
}

// The EXIF of a JPEG written by writePhoto: its APP1 segment after "Exif\0\0" (the TIFF header on).
QByteArray exifOf(const QString& jpeg)
{
    const QByteArray bytes = test::readAll(jpeg);
    const qsizetype at = bytes.indexOf(QByteArray("Exif\0\0", 6));
    REQUIRE(at >= 4);
    const int segment = (uchar(bytes[at - 2]) << 8) | uchar(bytes[at - 1]);  // counts its own 2 bytes
    return bytes.mid(at + 6, segment - 2 - 6);
}

// A HEIC photo as phones take them (HEVC through libheif), of writePhoto's picture and EXIF.
QString writeHeic(const test::TempDir& dir, const QString& name, QColor colour)
{
    const QString jpeg = writePhoto(dir, name + QStringLiteral(".jpg"), colour, true);
    const QImage picture = QImage(jpeg).convertToFormat(QImage::Format_RGB888);
    heif_context* context = heif_context_alloc();
    heif_image* image = nullptr;
    REQUIRE(heif_image_create(picture.width(), picture.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB,
                              &image).code == heif_error_Ok);
    REQUIRE(heif_image_add_plane(image, heif_channel_interleaved, picture.width(), picture.height(), 8).code ==
            heif_error_Ok);
    int stride = 0;
    uint8_t* plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
    for (int y = 0; y < picture.height(); ++y)
        std::memcpy(plane + y * stride, picture.constScanLine(y), std::size_t(picture.width()) * 3);
    heif_encoder* encoder = nullptr;
    REQUIRE(heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder).code == heif_error_Ok);
    heif_encoder_set_lossy_quality(encoder, 90);
    heif_image_handle* handle = nullptr;
    REQUIRE(heif_context_encode_image(context, image, encoder, nullptr, &handle).code == heif_error_Ok);
    const QByteArray exif = exifOf(jpeg);
    REQUIRE(heif_context_add_exif_metadata(context, handle, exif.constData(), int(exif.size())).code == heif_error_Ok);
    const QString path = dir.filePath(name);
    REQUIRE(heif_context_write_to_file(context, QFile::encodeName(path).constData()).code == heif_error_Ok);
    heif_image_handle_release(handle);
    heif_encoder_release(encoder);
    heif_image_release(image);
    heif_context_free(context);
    return path;
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256).toHex());
}

int filesUnder(const QString& folder)
{
    int n = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}

}  // namespace

TEST_CASE("EXIF date, GPS position and direction are read with exiv2", "[observatory][media]")
{
    test::TempDir dir;
    const QString photo = writePhoto(dir, QStringLiteral("kemmel.jpg"), Qt::darkGreen, true);
    auto meta = gis::readPhotoMetadata(photo);
    REQUIRE(meta.ok());
    REQUIRE(meta.value().lat.has_value());
    CHECK(*meta.value().lat == Approx(50.78333).epsilon(1e-6));
    CHECK(*meta.value().lon == Approx(2.828).epsilon(1e-6));
    CHECK(*meta.value().direction == Approx(247.5));
    CHECK(meta.value().taken == QDateTime(QDate(2016, 11, 25), QTime(14, 30)));

    const QString plain = writePhoto(dir, QStringLiteral("plain.jpg"), Qt::gray, false);
    auto none = gis::readPhotoMetadata(plain);
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().lat.has_value());
    CHECK_FALSE(none.value().taken.isValid());
}

TEST_CASE("Files are stored once under their SHA-256 beside the atlas", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    CHECK(files.folder() == f.atlasPath + ".media");
    const QString photo = writePhoto(f.dir, QStringLiteral("moulin.jpg"), Qt::darkBlue, true);
    const QString sha = sha256Of(photo);

    auto first = gis::importMedia(*f.store, files, photo);
    REQUIRE(first.ok());
    const core::MediaItem& m = first.value().media;
    CHECK(m.sha256 == sha);
    CHECK(m.mime == "image/jpeg");
    CHECK(m.fileName == "moulin.jpg");
    CHECK(m.size == QFileInfo(photo).size());
    CHECK(m.hasPosition());
    CHECK(files.filePath(sha) == files.folder() + "/" + sha.left(2) + "/" + sha.mid(2));
    CHECK(test::fileDigest(files.filePath(sha)) == test::fileDigest(photo));

    // The same bytes under another name: one file, one record.
    const QString copy = f.dir.writeFile(QStringLiteral("copie.jpg"), test::readAll(photo));
    auto second = gis::importMedia(*f.store, files, copy);
    REQUIRE(second.ok());
    CHECK(second.value().media.identity.uuid == m.identity.uuid);
    CHECK(filesUnder(files.folder()) == 1);
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM media") == "1");
}

TEST_CASE("Thumbnails are made in a worker thread", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    auto imported = gis::importMedia(*f.store, files, writePhoto(f.dir, QStringLiteral("a.jpg"), Qt::red, false));
    REQUIRE(imported.ok());
    QFuture<gis::Thumbnail> future = files.makeThumbnail(imported.value().media.sha256, 128);
    future.waitForFinished();
    const gis::Thumbnail thumb = future.result();
    INFO(thumb.error.toStdString());
    REQUIRE(thumb.error.isEmpty());
    CHECK(thumb.path == files.thumbnailPath(imported.value().media.sha256));
    const QImage image(thumb.path);
    CHECK(image.width() == 128);
    CHECK(image.height() == 96);
}

TEST_CASE("A geotagged photo becomes a landmark fiche at its position, linked to it", "[observatory][media]")
{
    ObservatoryFixture f;
    f.addCommunes();
    const gis::MediaStore files(f.atlasPath);
    gis::MediaImportOptions options;
    options.placeFiches = true;
    options.caption = QStringLiteral("Kerk van Kemmel, westgevel");
    auto placed = gis::importMedia(*f.store, files, writePhoto(f.dir, QStringLiteral("kerk.jpg"), Qt::gray, true),
                                   options);
    REQUIRE(placed.ok());
    REQUIRE(placed.value().fiche.has_value());
    const core::Observation& fiche = *placed.value().fiche;
    CHECK(fiche.kind == core::ObservationKind::Landmark);
    CHECK(fiche.titleFr == "Kerk van Kemmel, westgevel");  // the caption, else the file name
    CHECK(fiche.commune == "Kemmel");
    CHECK(fiche.dateStart == QDate(2016, 11, 25));
    const auto p = core::wkbPoint(fiche.geometryWkb);
    REQUIRE(p.has_value());
    CHECK(p->x() == Approx(2.828));
    CHECK(f.store->mediaOf(fiche.identity.uuid).value().size() == 1);
    // Its caption is found through the fiche.
    gis::ObservationFilter filter;
    filter.text = QStringLiteral("westgevel");
    CHECK(f.store->count(filter).value() == 1);

    // Without GPS: recorded, no fiche (placed by hand later).
    auto unplaced = gis::importMedia(*f.store, files, writePhoto(f.dir, QStringLiteral("x.jpg"), Qt::cyan, false),
                                     options);
    REQUIRE(unplaced.ok());
    CHECK_FALSE(unplaced.value().fiche.has_value());
}

TEST_CASE("A geotagged HEIC photo is read with libheif and exiv2: a landmark at its place, a thumbnail", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    const QString heic = writeHeic(f.dir, QStringLiteral("IMG_0042.heic"), Qt::darkGreen);
    auto meta = gis::readPhotoMetadata(heic);
    REQUIRE(meta.ok());
    REQUIRE(meta.value().lat.has_value());
    CHECK(*meta.value().lat == Approx(50.78333).epsilon(1e-6));
    CHECK(*meta.value().lon == Approx(2.828).epsilon(1e-6));
    CHECK(meta.value().taken == QDateTime(QDate(2016, 11, 25), QTime(14, 30)));

    gis::MediaImportOptions options;
    options.placeFiches = true;
    auto imported = gis::importMedia(*f.store, files, heic, options);
    INFO((imported ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(f.store->count({}).value() == 1);
    CHECK(sqlValue(*f.store, "SELECT mime FROM media").startsWith(QStringLiteral("image/hei")));
    auto thumbnail = files.makeThumbnailNow(sha256Of(heic), 128);
    INFO((thumbnail ? QString() : thumbnail.error().message()).toStdString());
    REQUIRE(thumbnail.ok());
    const QImage small(thumbnail.value());
    REQUIRE(small.width() == 128);
    CHECK(small.height() == 96);
    const QColor corner = small.pixelColor(5, 5);  // the green around the white rectangle
    CHECK(std::abs(corner.green() - QColor(Qt::darkGreen).green()) < 16);
    CHECK(corner.red() < 20);
}

TEST_CASE("Bad media files are refused with a clear reason and change nothing", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    const QByteArray jpeg = test::readAll(writePhoto(f.dir, QStringLiteral("good.jpg"), Qt::blue, false));
    QByteArray heic(64, '\0');
    heic.replace(4, 8, "ftypheic");
    heic[3] = 24;
    struct Case {
        QString path;
        QString reason;
    };
    const Case cases[] = {
        {f.dir.writeFile(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() / 2)), QStringLiteral("damaged")},
        {f.dir.writeFile(QStringLiteral("garbled.jpg"), jpeg.left(20) + QByteArray(4000, '\x55')), QStringLiteral("damaged")},
        {f.dir.writeFile(QStringLiteral("empty.jpg"), {}), QStringLiteral("empty (0 bytes)")},
        {f.dir.filePath(QStringLiteral("missing.jpg")), QStringLiteral("file not found")},
        {f.dir.writeFile(QStringLiteral("notes.jpg"), "Meeting notes, not a photo.\n"), QStringLiteral("not a JPEG image")},
        {f.dir.writeFile(QStringLiteral("phone.heic"), heic), QStringLiteral("HEIF image cannot be decoded")},
        {f.dir.writeFile(QStringLiteral("tool.exe"), QByteArray("MZ") + QByteArray(200, '\0')), QStringLiteral("unsupported format")},
    };
    auto fiche = f.store->saveObservation(ObservatoryFixture::fiche(core::ObservationKind::Landmark, "Moulin", {}));
    REQUIRE(fiche.ok());
    const QString logBefore = sqlValue(*f.store, "SELECT count(*) FROM change_log");
    for (const Case& c : cases) {
        INFO(c.path.toStdString());
        gis::MediaImportOptions options;
        options.attachTo = fiche.value().identity.uuid;
        options.placeFiches = true;
        auto refused = gis::importMedia(*f.store, files, c.path, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().file == c.path);
        CHECK(refused.error().reason.contains(c.reason));
    }
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM media") == "0");
    CHECK(sqlValue(*f.store, "SELECT count(*) FROM change_log") == logBefore);
    CHECK(filesUnder(files.folder()) == 0);
    CHECK(f.store->count({}).value() == 1);
}

TEST_CASE("PDF documents are accepted as media without photo metadata", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    const QString pdf = f.dir.writeFile(QStringLiteral("fiche.pdf"),
                                        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    auto imported = gis::importMedia(*f.store, files, pdf);
    REQUIRE(imported.ok());
    CHECK(imported.value().media.mime == "application/pdf");
    CHECK_FALSE(imported.value().media.hasPosition());
}

TEST_CASE("Web links are media: stored once as a shortcut file named by their URL, linked to fiches", "[observatory][media]")
{
    ObservatoryFixture f;
    const gis::MediaStore files(f.atlasPath);
    core::Observation church = ObservatoryFixture::fiche(core::ObservationKind::Project, QStringLiteral("Église de Kemmel"),
                                                        QStringLiteral("Kerk van Kemmel"));
    REQUIRE(f.store->saveObservation(church).ok());
    gis::MediaImportOptions options;
    options.attachTo = church.identity.uuid;
    const QString url = QStringLiteral("https://www.west-vlaanderen.be/partons?lang=nl");
    auto imported = gis::importMedia(*f.store, files, url, options);
    REQUIRE(imported.ok());
    const core::MediaItem link = imported.value().media;
    CHECK(gis::isWebLink(link));
    CHECK(link.fileName == url);
    CHECK(link.title == QStringLiteral("www.west-vlaanderen.be"));
    QFile stored(files.filePath(link.sha256));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll().contains(url.toUtf8()));
    CHECK(f.store->mediaOf(church.identity.uuid).value().size() == 1);
    // The same address again is the same media item.
    auto again = gis::importMedia(*f.store, files, url);
    REQUIRE(again.ok());
    CHECK(again.value().media.identity.uuid == link.identity.uuid);
    // Only web addresses are links: anything else is a file path, refused when missing.
    CHECK(gis::webLinkUrl(QStringLiteral("javascript:alert(1)")).isEmpty());
    CHECK(gis::webLinkUrl(QStringLiteral("ftp://example.org/a")).isEmpty());
    CHECK(gis::webLinkUrl(QStringLiteral("https://")).isEmpty());
    CHECK_FALSE(gis::importMedia(*f.store, files, QStringLiteral("javascript:alert(1)")).ok());
}
