#include "gis/formats/web_bundle_observations.h"

#include "core/model/translate.h"
#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "gis/formats/web_bundle_media.h"
#include "gis/store/observation_store.h"

#include <QHash>

namespace atlas::gis {
namespace {

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

    WebBundleMedia media(request.atlasPath, request.bundleDir, request.stripPhotoMetadata);
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
            const QByteArray json = media.add(m);
            if (json.isEmpty())
                continue;
            QByteArray& list = m.isImage() ? photos : links;
            list += (list.isEmpty() ? "" : ",") + json;
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
    out.photos = media.photos();
    out.warnings << media.warnings();
    return out;
}

}  // namespace atlas::gis
