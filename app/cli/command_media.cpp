// atlas-cli media import|list: files into the mediatheque; geotagged photos can become fiches.

#include "cli_support.h"
#include "gis/media/media_import.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas::cli {
namespace {

int importFiles(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("place"), QStringLiteral("Make a landmark fiche at the GPS position of each photo.")});
    p.addOption({QStringLiteral("attach"), QStringLiteral("Attach the files to this fiche."), QStringLiteral("uuid")});
    p.addOption({QStringLiteral("caption"), QStringLiteral("Caption of the files."), QStringLiteral("text")});
    p.addOption({QStringLiteral("credits"), QStringLiteral("Credits (author, owner)."), QStringLiteral("text")});
    p.addOption({QStringLiteral("licence"), QStringLiteral("Licence, e.g. CC-BY-4.0."), QStringLiteral("text")});
    p.addPositionalArgument(QStringLiteral("ATLAS"), QStringLiteral("The atlas."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Photos or documents."), QStringLiteral("FILE..."));
    const QString usage = QStringLiteral("media import ATLAS FILE... [--place] [--attach UUID] [--caption T]");
    p.addHelpOption();
    if (!p.parse(args)) {
        fail(p.errorText() + QStringLiteral(" (usage: atlas-cli %1)").arg(usage));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << "usage: atlas-cli " << usage << "\n" << p.helpText() << Qt::flush;
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() < 2) {
        fail(QStringLiteral("expected an atlas and at least one file (usage: atlas-cli %1)").arg(usage));
        return 2;
    }
    gis::MediaImportOptions options;
    options.placeFiches = p.isSet(QStringLiteral("place"));
    options.caption = p.value(QStringLiteral("caption"));
    options.credits = p.value(QStringLiteral("credits"));
    options.licence = p.value(QStringLiteral("licence"));
    if (p.isSet(QStringLiteral("attach"))) {
        options.attachTo = QUuid::fromString(p.value(QStringLiteral("attach")));
        if (options.attachTo.isNull())
            return fail(QStringLiteral("--attach: '%1' is not a UUID").arg(p.value(QStringLiteral("attach"))));
    }
    auto store = gis::ObservationStore::open(positional.first());
    if (!store)
        return fail(store.error());
    const gis::MediaStore files(positional.first());
    int failures = 0;
    // Each file on its own: a bad one is reported and changes nothing; the others go in.
    for (const QString& path : positional.mid(1)) {
        auto imported = gis::importMedia(*store.value(), files, path, options);
        if (!imported) {
            fail(imported.error());
            ++failures;
            continue;
        }
        const core::MediaItem& m = imported.value().media;
        out() << "imported " << m.fileName << " (" << m.mime << ", sha256 " << m.sha256.left(12) << "…)";
        if (m.hasPosition())
            out() << " at " << QString::number(*m.lon, 'f', 6) << ", " << QString::number(*m.lat, 'f', 6);
        if (imported.value().fiche)
            out() << " -> landmark " << imported.value().fiche->identity.uuid.toString(QUuid::WithoutBraces);
        else if (options.placeFiches)
            out() << " (no GPS position: place it by hand)";
        out() << "\n";
        // Thumbnails for photos; a worker makes them, we only wait for it here.
        if (m.isImage())
            files.makeThumbnail(m.sha256).waitForFinished();
    }
    out() << Qt::flush;
    return failures == 0 ? 0 : 1;
}

int listFiles(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("search"), QStringLiteral("Text in file name, title or caption."), QStringLiteral("text")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON array.")});
    if (!parseOrExplain(p, args, 1, QStringLiteral("media list ATLAS [--search TEXT] [--json]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    const auto media = store.value()->listMedia(p.value(QStringLiteral("search")));
    if (!media)
        return fail(media.error());
    const gis::MediaStore files(p.positionalArguments().first());
    QJsonArray array;
    for (const core::MediaItem& m : media.value()) {
        if (!p.isSet(QStringLiteral("json"))) {
            out() << m.sha256.left(12) << "  " << m.mime.leftJustified(16) << "  " << m.fileName << "\n";
            continue;
        }
        QJsonObject json{{QStringLiteral("uuid"), m.identity.uuid.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("sha256"), m.sha256},
                         {QStringLiteral("file_name"), m.fileName},
                         {QStringLiteral("mime"), m.mime},
                         {QStringLiteral("size"), double(m.size)},
                         {QStringLiteral("title"), m.title},
                         {QStringLiteral("caption"), m.caption},
                         {QStringLiteral("path"), files.filePath(m.sha256)}};
        if (m.taken.isValid())
            json.insert(QStringLiteral("taken"), m.taken.toString(Qt::ISODate));
        if (m.hasPosition()) {
            json.insert(QStringLiteral("lon"), *m.lon);
            json.insert(QStringLiteral("lat"), *m.lat);
        }
        if (m.direction)
            json.insert(QStringLiteral("direction"), *m.direction);
        array << json;
    }
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out() << Qt::flush;
    return 0;
}

}  // namespace

int runMedia(const QStringList& args)
{
    // Decoders warn about damaged images on stderr; the command reports them itself, once.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
    const QString sub = args.value(1);
    if (sub == QLatin1String("import"))
        return importFiles(args.mid(1));
    if (sub == QLatin1String("list"))
        return listFiles(args.mid(1));
    const bool asked = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    (asked ? out() : err()) << "usage: atlas-cli media import ATLAS FILE... [--place] [--attach UUID]\n"
                               "       atlas-cli media list ATLAS [--search TEXT] [--json]\n"
                            << Qt::flush;
    return asked ? 0 : 2;
}

}  // namespace atlas::cli
