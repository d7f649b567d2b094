#include "gis/formats/observation_csv.h"

#include "core/model/translate.h"
#include "core/model/wkb_point.h"
#include "gis/store/observation_store.h"

#include <QFile>
#include <QHash>

namespace atlas::gis {
namespace {

// One CSV record (RFC 4180: quoted fields may hold commas and doubled quotes).
QStringList splitCsvLine(const QString& line, bool* ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    *ok = !quoted;
    return fields;
}

}  // namespace

core::Result<QList<core::Observation>> readObservationCsv(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return core::Error{path, {}, tr("file not found")};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return core::Error{path, {}, file.errorString()};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return core::Error{path, {}, tr("the file is empty")};
    bool ok = true;
    const QStringList header = splitCsvLine(lines.first().trimmed(), &ok);
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i].toLower(), i);
    for (const char* required : {"name", "lon", "lat", "kind"})
        if (!column.contains(QLatin1String(required)))
            return core::Error{path, tr("line 1"), tr("missing column '%1'").arg(QLatin1String(required))};
    if (!column.contains(QStringLiteral("title_fr")) && !column.contains(QStringLiteral("title_nl")))
        return core::Error{path, tr("line 1"), tr("missing column 'title_fr' or 'title_nl'")};

    // Stable identities: the same place in the same file is the same fiche next time.
    const QUuid ns = QUuid::fromString(QStringLiteral("6f1c2b9e-3a51-4f7e-9a0c-6d7e1c2a4b11"));
    QList<core::Observation> result;
    for (int n = 1; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = tr("line %1").arg(n + 1);
        const QStringList f = splitCsvLine(line, &ok);
        if (!ok)
            return core::Error{path, where, tr("a quoted field is not closed")};
        if (f.size() != header.size())
            return core::Error{path, where, tr("%1 fields where the header has %2").arg(f.size()).arg(header.size())};
        const auto value = [&](const char* name) {
            const int i = column.value(QLatin1String(name), -1);
            return i < 0 ? QString() : f[i];
        };
        bool lonOk = false, latOk = false;
        const double lon = value("lon").toDouble(&lonOk);
        const double lat = value("lat").toDouble(&latOk);
        if (!lonOk || !latOk || lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return core::Error{path, where, tr("bad coordinates '%1, %2'").arg(value("lon"), value("lat"))};
        const auto kind = core::kindFromName(value("kind"));
        if (!kind)
            return core::Error{path, where,
                               tr("unknown kind '%1' (expected one of %2)")
                                   .arg(value("kind"), core::kindNames().join(QStringLiteral(", ")))};
        core::Observation o;
        o.identity = core::RecordIdentity::create();
        o.identity.uuid = QUuid::createUuidV5(ns, value("name") + QLatin1Char('|') + value("kind") +
                                                      QLatin1Char('|') + value("title_fr") + value("title_nl"));
        o.kind = *kind;
        o.titleFr = value("title_fr");
        o.titleNl = value("title_nl");
        o.geometryWkb = core::pointWkb(lon, lat);
        for (const char* tag : {"name", "country", "source"})
            if (!value(tag).isEmpty())
                o.tags << value(tag);
        result << o;
    }
    return result;
}

core::Result<int> importObservationCsv(ObservationStore& store, const QString& path, core::ObservationStatus status,
                                       core::SharingScope scope)
{
    auto rows = readObservationCsv(path);
    if (!rows)
        return rows.error();
    int written = 0;
    auto s = store.batch([&]() -> core::Status {
        for (core::Observation o : rows.value()) {
            // Keep what was edited (or deleted) in the atlas since: a row is imported once.
            if (store.observation(o.identity.uuid))
                continue;
            o.status = status;
            o.scope = scope;
            auto saved = store.saveObservation(o);
            if (!saved)
                return core::Error{path, o.title(QStringLiteral("fr")), saved.error().reason};
            ++written;
        }
        return core::Done{};
    });
    if (!s)
        return s.error();
    return written;
}

}  // namespace atlas::gis
