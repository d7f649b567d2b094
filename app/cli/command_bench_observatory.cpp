// atlas-cli bench observatory: generates fiches and media in a fresh atlas, then times opening
// it and filtering/searching the list, as docs/benchmarks.md reports.

#include "cli_support.h"
#include "core/model/wkb_point.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>

namespace atlas::cli {
namespace {

// Words of the territory in both languages, with the accents a search must see through.
const QStringList kWordsFr = {QStringLiteral("église"), QStringLiteral("moulin"), QStringLiteral("école"),
                              QStringLiteral("étang"), QStringLiteral("beffroi"), QStringLiteral("ferme"),
                              QStringLiteral("place"), QStringLiteral("jardin"), QStringLiteral("mairie"),
                              QStringLiteral("chemin"), QStringLiteral("abbaye"), QStringLiteral("kiosque")};
const QStringList kWordsNl = {QStringLiteral("kerk"), QStringLiteral("molen"), QStringLiteral("school"),
                              QStringLiteral("vijver"), QStringLiteral("belfort"), QStringLiteral("hoeve"),
                              QStringLiteral("plein"), QStringLiteral("tuin"), QStringLiteral("gemeentehuis"),
                              QStringLiteral("weg"), QStringLiteral("abdij"), QStringLiteral("kiosk")};
const QStringList kCommunes = {QStringLiteral("Kemmel"), QStringLiteral("Bergues"), QStringLiteral("Meteren"),
                               QStringLiteral("Diksmuide"), QStringLiteral("Nieppe"), QStringLiteral("Boeschepe"),
                               QStringLiteral("Wylder"), QStringLiteral("Leke")};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

core::Status generate(gis::ObservationStore& store, int fiches, int media)
{
    QRandomGenerator rng(42);
    const QStringList themes = core::defaultThemes();
    QList<QUuid> ids;
    ids.reserve(fiches);
    return store.batch([&]() -> core::Status {
        for (int i = 0; i < fiches; ++i) {
            core::Observation o = core::Observation::create(core::ObservationKind(rng.bounded(4)));
            const int w = int(rng.bounded(kWordsFr.size()));
            const QString place = kCommunes[rng.bounded(kCommunes.size())];
            o.titleFr = QStringLiteral("%1 de %2 n°%3").arg(kWordsFr[w], place).arg(i);
            o.titleNl = QStringLiteral("%1 van %2 nr. %3").arg(kWordsNl[w], place).arg(i);
            o.descriptionFr = QStringLiteral("Observation %1 près du %2.").arg(i).arg(kWordsFr[rng.bounded(kWordsFr.size())]);
            o.themes = {themes[rng.bounded(themes.size())]};
            o.geometryWkb = core::pointWkb(1.6 + rng.generateDouble() * 2.3, 50.1 + rng.generateDouble() * 1.3);
            o.dateStart = QDate(2000, 1, 1).addDays(rng.bounded(9000));
            o.status = core::ObservationStatus(rng.bounded(3));
            o.commune = place;
            o.tags = {kWordsNl[rng.bounded(kWordsNl.size())]};
            auto saved = store.saveObservation(o);
            if (!saved)
                return saved.error();
            ids << o.identity.uuid;
        }
        for (int i = 0; i < media; ++i) {
            core::MediaItem m = core::MediaItem::create();
            m.sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
            m.fileName = QStringLiteral("photo-%1.jpg").arg(i);
            m.mime = QStringLiteral("image/jpeg");
            m.size = 1000 + i;
            m.caption = QStringLiteral("Vue du %1 / zicht op de %2").arg(kWordsFr[i % kWordsFr.size()], kWordsNl[i % kWordsNl.size()]);
            auto saved = store.saveMedia(m);
            if (!saved)
                return saved.error();
            if (!ids.isEmpty())
                if (auto s = store.linkMedia(ids[rng.bounded(ids.size())], saved.value().identity.uuid); !s)
                    return s;
        }
        return core::Done{};
    });
}

}  // namespace

int runBench(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("fiches"), QStringLiteral("Fiches to generate (default 100000)."), QStringLiteral("n"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("media"), QStringLiteral("Media records to generate (default 20000)."),
                 QStringLiteral("n"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("atlas"), QStringLiteral("Write the atlas here and keep it (default: a temporary one)."),
                 QStringLiteral("path")});
    if (!parseOrExplain(p, args, 1, QStringLiteral("bench observatory [--fiches N] [--media N] [--atlas PATH]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.positionalArguments().first() != QLatin1String("observatory"))
        return fail(QStringLiteral("unknown benchmark '%1' (known: observatory)").arg(p.positionalArguments().first()));
    const int fiches = p.value(QStringLiteral("fiches")).toInt();
    const int media = p.value(QStringLiteral("media")).toInt();
    QTemporaryDir temp;
    const QString path = p.isSet(QStringLiteral("atlas")) ? p.value(QStringLiteral("atlas"))
                                                          : temp.filePath(QStringLiteral("bench.atlas"));
    core::AtlasDocument doc;
    doc.title = QStringLiteral("Observatory benchmark");
    if (auto s = gis::createAtlas(path, doc); !s)
        return fail(s.error());

    QElapsedTimer t;
    t.start();
    {
        auto store = gis::ObservationStore::open(path);
        if (!store)
            return fail(store.error());
        if (auto s = generate(*store.value(), fiches, media); !s)
            return fail(s.error());
    }
    out() << "generated " << fiches << " fiches and " << media << " media in " << t.elapsed() << " ms ("
          << QFileInfo(path).size() / (1024 * 1024) << " MB)\n"
          << Qt::flush;

    // Opening as the app does: the document, the observatory, the first page of the list.
    t.restart();
    auto loaded = gis::loadAtlas(path);
    if (!loaded)
        return fail(loaded.error());
    auto opened = gis::ObservationStore::open(path);
    if (!opened)
        return fail(opened.error());
    gis::ObservationStore& store = *opened.value();
    gis::ObservationFilter firstPage;
    firstPage.limit = 200;
    const int total = store.count(firstPage).value();
    const int shown = int(store.list(firstPage).value().size());
    out() << "open (document + observatory + count + first 200): " << t.elapsed() << " ms, " << total
          << " fiches, " << shown << " shown\n" << Qt::flush;

    const auto timed = [&](const QString& name, gis::ObservationFilter filter) {
        filter.limit = 200;
        QList<double> ms;
        int matches = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer q;
            q.start();
            matches = store.count(filter).value();
            store.list(filter).value();
            ms << q.nsecsElapsed() / 1e6;
        }
        out() << QStringLiteral("  %1 %2 ms  (%3 matches; count + first 200, median of 5)\n")
                     .arg(name.leftJustified(34))
                     .arg(median(ms), 7, 'f', 1)
                     .arg(matches)
              << Qt::flush;
    };
    // Each query of the observations dock runs in a worker on a connection of its own.
    QList<double> connectMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer c;
        c.start();
        auto extra = gis::ObservationStore::open(path);
        if (!extra)
            return fail(extra.error());
        connectMs << c.nsecsElapsed() / 1e6;
    }
    out() << "worker connection (open + schema check): " << QString::number(median(connectMs), 'f', 1)
          << " ms (median of 5)\n";
    out() << "filter / search:\n";
    gis::ObservationFilter f;
    f.kind = core::ObservationKind::Project;
    timed(QStringLiteral("kind = project"), f);
    f = {};
    f.theme = QStringLiteral("heritage");
    timed(QStringLiteral("theme = heritage"), f);
    f = {};
    f.status = core::ObservationStatus::Published;
    f.commune = QStringLiteral("Kemmel");
    timed(QStringLiteral("status = published, commune"), f);
    f = {};
    f.from = QDate(2010, 1, 1);
    f.to = QDate(2010, 12, 31);
    timed(QStringLiteral("date in 2010"), f);
    f = {};
    f.text = QStringLiteral("eglise");
    timed(QStringLiteral("search \"eglise\""), f);
    f.text = QStringLiteral("kerk kemmel");
    timed(QStringLiteral("search \"kerk kemmel\""), f);
    f.text = QStringLiteral("zicht molen");
    timed(QStringLiteral("search captions \"zicht molen\""), f);
    f = {};
    f.text = QStringLiteral("moulin");
    f.kind = core::ObservationKind::Landmark;
    f.theme = QStringLiteral("landscape");
    timed(QStringLiteral("search + kind + theme"), f);
    out() << Qt::flush;
    return 0;
}

}  // namespace atlas::cli
