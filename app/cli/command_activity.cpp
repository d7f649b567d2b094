// atlas-cli activity list|add|report: the activity database of an atlas (missions,
// workshops, discovery days, calls for projects, studies).

#include "cli_support.h"
#include "core/model/wkb_point.h"
#include "gis/formats/activity_report.h"
#include "gis/store/activity_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/atlas_store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace atlas::cli {
namespace {

QString typeHelp()
{
    return core::activityTypeNames().join(QStringLiteral(", "));
}

// The list filter options shared by list and report.
void addFilterOptions(QCommandLineParser& p)
{
    p.addOption(option("type", "advice-mission, workshop, discovery-day, call-for-projects or study.", "type"));
    p.addOption(option("status", "planned, ongoing or done.", "status"));
    p.addOption(option("year", "Activities starting in this year.", "YYYY"));
    p.addOption(option("search", "Words in titles, organisation or people.", "text"));
}

bool readFilter(const QCommandLineParser& p, gis::ActivityFilter& f)
{
    if (!enumOption(p, "type", &core::activityTypeFromName, f.type) ||
        !enumOption(p, "status", &core::activityStatusFromName, f.status))
        return false;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        f.year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || f.year < 1900 || f.year > 2200) {
            fail(QStringLiteral("--year: '%1' is not a year").arg(p.value(QStringLiteral("year"))));
            return false;
        }
    }
    f.text = p.value(QStringLiteral("search"));
    return true;
}

// Opens the atlas and lists the activities the options select; exit status on failure.
std::optional<int> listed(const QCommandLineParser& p, QList<core::Activity>& into)
{
    gis::ActivityFilter filter;
    if (!readFilter(p, filter))
        return 1;
    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    auto list = gis::ActivityStore(store.value()->database()).list(filter);
    if (!list)
        return fail(list.error());
    into = list.take();
    return std::nullopt;
}

int addActivity(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(option("type", "advice-mission, workshop, discovery-day, call-for-projects or study.", "type"));
    p.addOption(option("status", "planned (default), ongoing or done.", "status"));
    p.addOption(option("title-fr", "Title in French.", "text"));
    p.addOption(option("title-nl", "Title in Dutch.", "text"));
    p.addOption(option("organisation", "Who runs it.", "name"));
    p.addOption(option("person", "Someone taking part (repeatable).", "name"));
    p.addOption(option("start", "Start date (YYYY-MM-DD).", "date"));
    p.addOption(option("end", "End date (YYYY-MM-DD).", "date"));
    p.addOption(option("budget", "Budget in euros.", "amount"));
    p.addOption(option("lon", "Longitude of its place (WGS 84).", "deg"));
    p.addOption(option("lat", "Latitude of its place (WGS 84).", "deg"));
    p.addOption(option("fiche", "UUID of a linked fiche (repeatable).", "uuid"));
    const QString usage = QStringLiteral("activity add ATLAS --type T --title-fr T [--title-nl T] [--start D] ...");
    if (!parseOrExplain(p, args, 1, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    std::optional<core::ActivityType> type;
    if (!p.isSet(QStringLiteral("type")))
        return fail(QStringLiteral("--type is required (%1)").arg(typeHelp()));
    if (!enumOption(p, "type", &core::activityTypeFromName, type))
        return 1;
    core::Activity a = core::Activity::create(*type);
    std::optional<core::ActivityStatus> status;
    if (!enumOption(p, "status", &core::activityStatusFromName, status))
        return 1;
    a.status = status.value_or(core::ActivityStatus::Planned);
    a.titleFr = p.value(QStringLiteral("title-fr"));
    a.titleNl = p.value(QStringLiteral("title-nl"));
    if (a.titleFr.trimmed().isEmpty() && a.titleNl.trimmed().isEmpty())
        return fail(QStringLiteral("an activity needs a title: --title-fr or --title-nl"));
    a.organisation = p.value(QStringLiteral("organisation"));
    a.people = p.values(QStringLiteral("person"));
    if (!dateOption(p, "start", a.start) || !dateOption(p, "end", a.end))
        return 1;
    if (p.isSet(QStringLiteral("budget"))) {
        bool ok = false;
        const double budget = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || budget < 0)
            return fail(QStringLiteral("--budget: '%1' is not an amount").arg(p.value(QStringLiteral("budget"))));
        a.budget = budget;
    }
    if (p.isSet(QStringLiteral("lon")) != p.isSet(QStringLiteral("lat")))
        return fail(QStringLiteral("--lon and --lat go together"));
    if (p.isSet(QStringLiteral("lon"))) {
        bool okX = false, okY = false;
        const double lon = p.value(QStringLiteral("lon")).toDouble(&okX), lat = p.value(QStringLiteral("lat")).toDouble(&okY);
        if (!okX || !okY || std::abs(lon) > 180 || std::abs(lat) > 90)
            return fail(QStringLiteral("--lon/--lat must be degrees within -180..180 and -90..90"));
        a.locationWkb = core::pointWkb(lon, lat);
    }
    for (const QString& text : p.values(QStringLiteral("fiche"))) {
        const QUuid u = QUuid::fromString(text);
        if (u.isNull())
            return fail(QStringLiteral("--fiche: '%1' is not a UUID").arg(text));
        a.fiches << u;
    }
    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    auto saved = gis::ActivityStore(store.value()->database()).save(a);
    if (!saved)
        return fail(saved.error());
    out() << "added " << saved.value().identity.uuid.toString(QUuid::WithoutBraces) << Qt::endl;
    return 0;
}

int listActivities(const QStringList& args)
{
    QCommandLineParser p;
    addFilterOptions(p);
    p.addOption(option("json", "One JSON array instead of lines."));
    if (!parseOrExplain(p, args, 1, QStringLiteral("activity list ATLAS [--type T] [--status S] [--year Y] [--json]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    QList<core::Activity> list;
    if (const auto failed = listed(p, list))
        return *failed;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const core::Activity& a : list)
            array << core::activityToJson(a);
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    for (const core::Activity& a : list)
        out() << a.identity.uuid.toString(QUuid::WithoutBraces) << '\t' << a.start.toString(Qt::ISODate) << '\t'
              << core::activityTypeName(a.type) << '\t' << core::activityStatusName(a.status) << '\t'
              << a.title(QStringLiteral("fr")) << '\n';
    out() << list.size() << " activit" << (list.size() == 1 ? "y" : "ies") << Qt::endl;
    return 0;
}

int reportActivities(const QStringList& args)
{
    QCommandLineParser p;
    addFilterOptions(p);
    p.addOption(option("title", "Title of the PDF summary.", "text"));
    const QString usage = QStringLiteral("activity report ATLAS OUT.csv|OUT.pdf [--type T] [--status S] [--year Y]");
    if (!parseOrExplain(p, args, 2, usage))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString output = p.positionalArguments().at(1);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("pdf"))
        return fail(QStringLiteral("%1: the report is written as .csv or .pdf").arg(output));
    QList<core::Activity> list;
    if (const auto failed = listed(p, list))
        return *failed;
    if (suffix == QLatin1String("pdf")) {
        QString title = p.value(QStringLiteral("title"));
        if (title.isEmpty()) {
            auto doc = gis::loadAtlas(p.positionalArguments().first());
            title = doc && !doc.value().title.isEmpty() ? doc.value().title : QStringLiteral("Activities");
        }
        if (auto s = gis::writeActivityReportPdf(list, title, output); !s)
            return fail(s.error());
    } else {
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(gis::activitiesCsv(list)) < 0 || !file.commit())
            return fail(core::Error{output, {}, QStringLiteral("cannot write the file: %1").arg(file.errorString())});
    }
    out() << "reported " << list.size() << " activit" << (list.size() == 1 ? "y" : "ies") << " to " << output
          << Qt::endl;
    return 0;
}

}  // namespace

int runActivity(const QStringList& args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return addActivity(rest);
    if (sub == QLatin1String("list"))
        return listActivities(rest);
    if (sub == QLatin1String("report"))
        return reportActivities(rest);
    const bool asked = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    (asked ? out() : err()) << "usage: atlas-cli activity add|list|report ATLAS ...\n"
                               "  add ATLAS --type T --title-fr T [--title-nl T] [--status S] [--start D] [--end D]\n"
                               "      [--organisation O] [--person P]... [--budget EUR] [--lon X --lat Y] [--fiche UUID]...\n"
                               "  list ATLAS [--type T] [--status S] [--year Y] [--search TEXT] [--json]\n"
                               "  report ATLAS OUT.csv|OUT.pdf [--type T] [--status S] [--year Y] [--title T]\n"
                            << Qt::flush;
    return asked ? 0 : 2;
}

}  // namespace atlas::cli
