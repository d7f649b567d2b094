#include "gis/formats/web_bundle_stories.h"

#include "core/model/translate.h"
#include "gis/crs/crs_transform.h"
#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/formats/story_rich_text.h"
#include "gis/formats/web_bundle_media.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"

#include <QHash>
#include <cmath>

namespace atlas::gis {
namespace {

QByteArray uuidArray(const QList<QUuid>& uuids)
{
    QByteArray out;
    for (const QUuid& u : uuids)
        out += (out.isEmpty() ? "" : ",") + jsonString(u.toString(QUuid::WithoutBraces));
    return '[' + out + ']';
}

// {"bounds":[s,w,n,e],"layers":[...],"fiches":[...]}, or "null" when the extent cannot be
// placed on the globe (the section then leaves the map where it is).
QByteArray viewJson(const core::PublicationMapView& v)
{
    const CrsTransform t(v.crs, QStringLiteral("EPSG:4326"));
    const core::Extent e = t.isValid() ? t.transformExtent(v.extent) : core::Extent::null();
    if (e.isNull() || !std::isfinite(e.xMin) || !std::isfinite(e.yMax))
        return "null";
    return "{\"bounds\":[" + QByteArray::number(e.yMin, 'f', 6) + ',' + QByteArray::number(e.xMin, 'f', 6) + ',' +
           QByteArray::number(e.yMax, 'f', 6) + ',' + QByteArray::number(e.xMax, 'f', 6) +
           "],\"layers\":" + uuidArray(v.visibleLayers) + ",\"fiches\":" + uuidArray(v.highlightedFiches) + '}';
}

}  // namespace

core::Result<QList<core::Publication>> publicationsToExport(const QString& atlasPath, const QUuid& only)
{
    auto store = ObservationStore::open(atlasPath);
    if (!store)
        return store.error();
    PublicationStore publications(store.value()->database());
    if (only.isNull())
        return publications.list();
    auto one = publications.publication(only);
    if (!one)
        return one.error();
    if (one.value().identity.deleted)
        return core::Error{atlasPath, only.toString(QUuid::WithoutBraces), tr("this publication was deleted")};
    return QList<core::Publication>{one.value()};
}

QSet<QUuid> layersShownByStories(const QList<core::Publication>& publications)
{
    QSet<QUuid> out;
    for (const core::Publication& p : publications)
        for (const core::PublicationSection& s : p.sections)
            if (s.view)
                for (const QUuid& u : s.view->visibleLayers)
                    out.insert(u);
    return out;
}

QString storyFileName(int index, bool alone)
{
    return alone ? QStringLiteral("index.html") : QStringLiteral("story-%1.html").arg(index + 1);
}

WebStoriesJson storiesScript(const QString& atlasPath, const QList<core::Publication>& publications,
                             WebBundleMedia& media, bool alone)
{
    WebStoriesJson out;
    QHash<QUuid, core::MediaItem> library;
    if (auto store = ObservationStore::open(atlasPath)) {
        if (auto items = store.value()->listMedia())
            for (const core::MediaItem& m : items.value())
                library.insert(m.identity.uuid, m);
    }
    QByteArray stories;
    for (int i = 0; i < publications.size(); ++i) {
        const core::Publication& p = publications[i];
        QByteArray sections;
        for (const core::PublicationSection& s : p.sections) {
            QByteArray items;
            for (const QUuid& m : s.media) {
                if (!library.contains(m)) {
                    out.warnings << core::Error{atlasPath, p.title(QStringLiteral("fr")),
                                                tr("a section names a media file the mediatheque no longer has")}
                                        .message();
                    continue;
                }
                const QByteArray json = media.add(library.value(m));
                if (!json.isEmpty())
                    items += (items.isEmpty() ? "" : ",") + json;
            }
            sections += QByteArray(sections.isEmpty() ? "" : ",") + "{\"id\":" +
                        jsonString(s.id.toString(QUuid::WithoutBraces)) + ",\"title_fr\":" + jsonString(s.titleFr) +
                        ",\"title_nl\":" + jsonString(s.titleNl) + ",\"text_fr\":" + storyTextJson(s.textFr) +
                        ",\"text_nl\":" + storyTextJson(s.textNl) + ",\"media\":[" + items +
                        "],\"view\":" + (s.view ? viewJson(*s.view) : QByteArray("null")) + '}';
        }
        stories += QByteArray(stories.isEmpty() ? "" : ",") + "{\"uuid\":" +
                   jsonString(p.identity.uuid.toString(QUuid::WithoutBraces)) +
                   ",\"file\":" + jsonString(storyFileName(int(i), alone)) + ",\"title_fr\":" + jsonString(p.titleFr) +
                   ",\"title_nl\":" + jsonString(p.titleNl) + ",\"sections\":[" + sections + "]}";
    }
    out.script = "// Publications of this map bundle, written by Atlas Territoires.\nwindow.ATLAS_STORIES = [" +
                 stories + "];\n";
    return out;
}

}  // namespace atlas::gis
