#include "core/model/publication.h"

#include <QJsonArray>
#include <algorithm>

namespace atlas::core {
namespace {

QJsonArray uuidArray(const QList<QUuid>& uuids)
{
    QJsonArray a;
    for (const QUuid& u : uuids)
        a << u.toString(QUuid::WithoutBraces);
    return a;
}

Result<QList<QUuid>> uuidList(const QJsonValue& value, const QString& where)
{
    QList<QUuid> out;
    for (const QJsonValue& v : value.toArray()) {
        const QUuid u = QUuid::fromString(v.toString());
        if (u.isNull())
            return Error{{}, where, QStringLiteral("'%1' is not a UUID").arg(v.toString())};
        out << u;
    }
    return out;
}

QJsonObject viewToJson(const PublicationMapView& v)
{
    return {{QStringLiteral("extent"), QJsonArray{v.extent.xMin, v.extent.yMin, v.extent.xMax, v.extent.yMax}},
            {QStringLiteral("crs"), v.crs},
            {QStringLiteral("layers"), uuidArray(v.visibleLayers)},
            {QStringLiteral("fiches"), uuidArray(v.highlightedFiches)}};
}

Result<PublicationMapView> viewFromJson(const QJsonObject& j, const QString& where)
{
    PublicationMapView v;
    const QJsonArray e = j.value(QStringLiteral("extent")).toArray();
    if (e.size() != 4 || !(e[0].toDouble() < e[2].toDouble()) || !(e[1].toDouble() < e[3].toDouble()))
        return Error{{}, where + QStringLiteral(".view.extent"), QStringLiteral("needs four numbers xmin, ymin, xmax, ymax")};
    v.extent = {e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
    v.crs = j.value(QStringLiteral("crs")).toString(v.crs);
    auto layers = uuidList(j.value(QStringLiteral("layers")), where + QStringLiteral(".view.layers"));
    if (!layers)
        return layers.error();
    auto fiches = uuidList(j.value(QStringLiteral("fiches")), where + QStringLiteral(".view.fiches"));
    if (!fiches)
        return fiches.error();
    v.visibleLayers = layers.take();
    v.highlightedFiches = fiches.take();
    return v;
}

QJsonArray sectionsToJson(const QList<PublicationSection>& sections)
{
    QJsonArray out;
    for (const PublicationSection& s : sections) {
        QJsonObject j{{QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("title_fr"), s.titleFr},
                      {QStringLiteral("title_nl"), s.titleNl},
                      {QStringLiteral("text_fr"), s.textFr},
                      {QStringLiteral("text_nl"), s.textNl},
                      {QStringLiteral("media"), uuidArray(s.media)}};
        if (s.view)
            j.insert(QStringLiteral("view"), viewToJson(*s.view));
        out << j;
    }
    return out;
}

}  // namespace

Publication Publication::create()
{
    Publication p;
    p.identity = RecordIdentity::create();
    return p;
}

QString Publication::title(const QString& language) const
{
    const QString& preferred = language == QLatin1String("nl") ? titleNl : titleFr;
    return preferred.trimmed().isEmpty() ? (language == QLatin1String("nl") ? titleFr : titleNl) : preferred;
}

bool Publication::moveSection(int from, int to)
{
    if (from < 0 || from >= sections.size())
        return false;
    sections.move(from, std::clamp(to, 0, int(sections.size()) - 1));
    return true;
}

int Publication::indexOfSection(const QUuid& id) const
{
    for (int i = 0; i < sections.size(); ++i)
        if (sections[i].id == id)
            return i;
    return -1;
}

QJsonObject publicationToJson(const Publication& p)
{
    return {{QStringLiteral("uuid"), p.identity.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("version"), p.identity.version},
            {QStringLiteral("modified"), p.identity.modified.toString(Qt::ISODateWithMs)},
            {QStringLiteral("deleted"), p.identity.deleted},
            {QStringLiteral("title_fr"), p.titleFr},
            {QStringLiteral("title_nl"), p.titleNl},
            {QStringLiteral("sections"), sectionsToJson(p.sections)}};
}

Result<Publication> publicationFromJson(const QJsonObject& j)
{
    Publication p;
    p.identity.uuid = QUuid::fromString(j.value(QStringLiteral("uuid")).toString());
    if (p.identity.uuid.isNull())
        return Error{{}, QStringLiteral("uuid"), QStringLiteral("missing or not a UUID")};
    p.identity.version = j.value(QStringLiteral("version")).toInt(1);
    p.identity.modified = QDateTime::fromString(j.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    p.identity.deleted = j.value(QStringLiteral("deleted")).toBool();
    p.titleFr = j.value(QStringLiteral("title_fr")).toString();
    p.titleNl = j.value(QStringLiteral("title_nl")).toString();
    const QJsonArray sections = j.value(QStringLiteral("sections")).toArray();
    for (int i = 0; i < sections.size(); ++i) {
        const QJsonObject s = sections[i].toObject();
        const QString where = QStringLiteral("sections[%1]").arg(i);
        PublicationSection section;
        section.id = QUuid::fromString(s.value(QStringLiteral("id")).toString());
        if (section.id.isNull())
            return Error{{}, where + QStringLiteral(".id"), QStringLiteral("missing or not a UUID")};
        section.titleFr = s.value(QStringLiteral("title_fr")).toString();
        section.titleNl = s.value(QStringLiteral("title_nl")).toString();
        section.textFr = s.value(QStringLiteral("text_fr")).toString();
        section.textNl = s.value(QStringLiteral("text_nl")).toString();
        auto media = uuidList(s.value(QStringLiteral("media")), where + QStringLiteral(".media"));
        if (!media)
            return media.error();
        section.media = media.take();
        if (s.contains(QStringLiteral("view"))) {
            auto view = viewFromJson(s.value(QStringLiteral("view")).toObject(), where);
            if (!view)
                return view.error();
            section.view = view.take();
        }
        p.sections << section;
    }
    return p;
}

QJsonObject publicationChanges(const Publication* before, const Publication& after)
{
    const QJsonObject n = publicationToJson(after);
    const QJsonObject o = before ? publicationToJson(*before) : QJsonObject();
    QJsonObject changes;
    for (const QString& key : {QStringLiteral("title_fr"), QStringLiteral("title_nl"), QStringLiteral("sections")}) {
        const QJsonValue nv = n.value(key), ov = before ? o.value(key) : QJsonValue();
        const bool empty = (nv.isString() && nv.toString().isEmpty()) || (nv.isArray() && nv.toArray().isEmpty());
        if (before ? ov == nv : empty)
            continue;
        changes.insert(key, QJsonObject{{QStringLiteral("old"), ov}, {QStringLiteral("new"), nv}});
    }
    return changes;
}

}  // namespace atlas::core
