#include "gis/formats/web_bundle_observations.h"

#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QRegularExpression>

namespace atlas::gis {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atlas::gis", text);
}

constexpr int kThumbnailSize = 320;
constexpr int kPhotoMaxSize = 2048;  // full-size photos re-encoded to at most this side

// Scales `source` to fit `size` (0 = keep), turned upright, and saves it as a JPEG with no
// metadata at all: a re-encoded image carries no EXIF.
bool writeJpeg(const QString& source, const QString& target, int size, int quality)
{
    QImageReader reader(source);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (size > 0 && full.isValid() && (full.width() > size || full.height() > size))
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return !image.isNull() && image.save(target, "JPEG", quality);
}

QByteArray dateJson(const core::Observation& o)
{
    if (!o.dateStart.isValid())
        return QByteArrayLiteral("null");
    QString text = o.dateStart.toString(Qt::ISODate);
    if (o.dateEnd.isValid() && o.dateEnd != o.dateStart)
        text += QStringLiteral(" – ") + o.dateEnd.toString(Qt::ISODate);
    return jsonString(text);
}

bool exported(const core::Observation& o, bool onlyPublished)
{
    return !onlyPublished ||
           (o.status == core::ObservationStatus::Published && o.scope == core::SharingScope::Public);
}

}  // namespace

core::Result<WebObservationsJson> writeObservationsJson(const WebObservationsRequest& request,
                                                        const std::atomic<bool>* cancel)
{
    auto store = ObservationStore::open(request.atlasPath);
    if (!store)
        return store.error();
    auto all = store.value()->list(ObservationFilter{});
    if (!all)
        return all.error();

    QList<core::Observation> fiches;
    QHash<QUuid, QString> titles;  // of the exported fiches, for the links between them
    for (const core::Observation& o : all.value()) {
        if (exported(o, request.onlyPublished) && !o.geometryWkb.isEmpty()) {
            fiches << o;
            titles.insert(o.identity.uuid, o.title(QStringLiteral("fr")));
        }
    }
    WebObservationsJson out;
    if (fiches.isEmpty())
        return out;

    const MediaStore media(request.atlasPath);
    const QString mediaDir = request.bundleDir + QStringLiteral("/media");
    QDir().mkpath(mediaDir + QStringLiteral("/thumbs"));
    QHash<QString, QByteArray> copied;  // sha256 -> photo JSON, each file copied once
    QByteArray features;
    for (const core::Observation& o : fiches) {
        if (cancel && cancel->load())
            return core::Error{request.atlasPath, {}, tr("export cancelled")};
        // Points, lines and areas alike; an unreadable geometry is reported, not guessed at.
        PathGeometry geometry;
        if (!appendWkb(reinterpret_cast<const std::uint8_t*>(o.geometryWkb.constData()),
                       std::size_t(o.geometryWkb.size()), geometry) ||
            geometry.isEmpty()) {
            out.warnings << core::Error{request.atlasPath, o.title(QStringLiteral("fr")),
                                        tr("the geometry of this fiche cannot be read; it is left off the map")}
                                .message();
            continue;
        }
        QByteArray kind;
        const QByteArray geometryText = geometryJson(geometry, request.decimals, out.bounds, kind);
        if (geometryText.isEmpty())
            continue;

        QByteArray photos, links;
        auto items = store.value()->mediaOf(o.identity.uuid);
        for (const core::MediaItem& m : items ? items.value() : QList<core::MediaItem>{}) {
            const QString source = media.filePath(m.sha256);
            if (m.isImage()) {
                if (!copied.contains(m.sha256)) {
                    const QString full = QStringLiteral("media/%1.jpg").arg(m.sha256);
                    const QString thumb = QStringLiteral("media/thumbs/%1.jpg").arg(m.sha256);
                    const bool fullOk = request.stripPhotoMetadata
                                            ? writeJpeg(source, request.bundleDir + '/' + full, kPhotoMaxSize, 88)
                                            : QFile::copy(source, request.bundleDir + '/' + full);
                    if (!fullOk || !writeJpeg(source, request.bundleDir + '/' + thumb, kThumbnailSize, 80)) {
                        out.warnings << core::Error{source, m.fileName, tr("photo not copied into the bundle")}.message();
                        copied.insert(m.sha256, {});
                        continue;
                    }
                    ++out.photos;
                    copied.insert(m.sha256, "{\"thumb\":" + jsonString(thumb) + ",\"full\":" + jsonString(full) +
                                                ",\"caption\":" + jsonString(m.caption.isEmpty() ? m.title : m.caption) + '}');
                }
                if (!copied.value(m.sha256).isEmpty())
                    photos += (photos.isEmpty() ? "" : ",") + copied.value(m.sha256);
            } else {
                // Documents are copied as they are, under their content name and suffix.
                const QString suffix = QFileInfo(m.fileName).suffix().toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
                const QString target = QStringLiteral("media/%1%2").arg(m.sha256, suffix.isEmpty() ? QString() : '.' + suffix);
                if (!QFileInfo::exists(request.bundleDir + '/' + target) && !QFile::copy(source, request.bundleDir + '/' + target)) {
                    out.warnings << core::Error{source, m.fileName, tr("document not copied into the bundle")}.message();
                    continue;
                }
                links += QByteArray(links.isEmpty() ? "" : ",") + "{\"label\":" + jsonString(m.title.isEmpty() ? m.fileName : m.title) +
                         ",\"href\":" + jsonString(target) + '}';
            }
        }
        for (const QUuid& related : o.links) {
            if (titles.contains(related))
                links += QByteArray(links.isEmpty() ? "" : ",") + "{\"label\":" + jsonString(titles.value(related)) +
                         ",\"fiche\":" + jsonString(related.toString(QUuid::WithoutBraces)) + '}';
        }
        QByteArray themes;
        for (const QString& t : o.themes)
            themes += (themes.isEmpty() ? "" : ",") + jsonString(t);

        if (out.features++)
            features += ',';
        features += "{\"type\":\"Feature\",\"properties\":{\"uuid\":" +
                    jsonString(o.identity.uuid.toString(QUuid::WithoutBraces)) +
                    ",\"kind\":" + jsonString(core::kindName(o.kind)) + ",\"title_fr\":" + jsonString(o.titleFr) +
                    ",\"title_nl\":" + jsonString(o.titleNl) + ",\"description_fr\":" + jsonString(o.descriptionFr) +
                    ",\"description_nl\":" + jsonString(o.descriptionNl) + ",\"themes\":[" + themes +
                    "],\"date\":" + dateJson(o) + ",\"commune\":" + jsonString(o.commune) + ",\"photos\":[" + photos +
                    "],\"links\":[" + links + "]},\"geometry\":" + geometryText + '}';
    }

    // Markers coloured by kind (Okabe-Ito colours, distinct for colour-blind readers).
    core::LayerStyle style;
    style.fill = QColor(0xd5, 0x5e, 0x00);
    style.stroke = Qt::white;
    style.strokeWidth = 1.5;
    style.markerSize = 12;
    const QByteArray categories =
        "{\"field\":\"kind\",\"values\":{\"landmark\":\"#0072b2\",\"project\":\"#e69f00\","
        "\"realisation\":\"#009e73\",\"action\":\"#cc79a7\"}}";
    const bool cluster = out.features > request.clusterAbove;
    out.json = "{\"id\":\"observations\",\"name\":\"Observations / Waarnemingen\",\"type\":\"vector\",\"observations\":true,"
               "\"geometry\":\"point\",\"count\":" + QByteArray::number(out.features) +
               ",\"cluster\":" + (cluster ? "true" : "false") + ",\"style\":" + styleJson(style) +
               ",\"categories\":" + categories + ",\"fields\":[],\"features\":{\"type\":\"FeatureCollection\",\"features\":[" +
               features + "]}}";
    return out;
}

}  // namespace atlas::gis
