// Activity reports: the per-year-and-type summary, CSV a spreadsheet reads, the PDF
// read back by poppler; and atlas-cli activity add, list and report end to end.

#include "cli_runner.h"
#include "gis/formats/activity_report.h"
#include "print/pdf_probe.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFileInfo>

using namespace atlas;
using namespace atlas::test;
using core::Activity;
using core::ActivityType;

namespace {

QList<Activity> sample()
{
    QList<Activity> out;
    const auto add = [&](ActivityType type, int year, std::optional<double> budget, const QString& title) {
        Activity a = Activity::create(type);
        a.titleFr = title;
        a.start = year ? QDate(year, 3, 1) : QDate();
        a.budget = budget;
        out << a;
    };
    add(ActivityType::Workshop, 2024, 1000, QStringLiteral("Atelier, \"quartiers\""));
    add(ActivityType::Workshop, 2024, std::nullopt, QStringLiteral("Atelier 2"));
    add(ActivityType::Study, 2024, 5000, QStringLiteral("Étude"));
    add(ActivityType::Workshop, 2025, 250, QStringLiteral("Atelier 3"));
    add(ActivityType::DiscoveryDay, 0, std::nullopt, QStringLiteral("Balade"));
    return out;
}

}  // namespace

TEST_CASE("the summary counts activities and budgets per year and type", "[activities]")
{
    const gis::ActivitySummary s = gis::summariseActivities(sample());
    CHECK(s.keys() == QList<int>{0, 2024, 2025});
    CHECK(s[2024][ActivityType::Workshop].count == 2);
    CHECK(s[2024][ActivityType::Workshop].budget == 1000);
    CHECK(s[2024][ActivityType::Study].budget == 5000);
    CHECK(s[2025][ActivityType::Workshop].count == 1);
    CHECK(s[0][ActivityType::DiscoveryDay].count == 1);
}

TEST_CASE("the CSV report quotes what needs quoting", "[activities]")
{
    const QString csv = QString::fromUtf8(gis::activitiesCsv(sample()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].startsWith(QStringLiteral("uuid,type,status,title_fr,title_nl,organisation,people,start,end,budget")));
    CHECK(lines[1].contains(QStringLiteral(",workshop,planned,\"Atelier, \"\"quartiers\"\"\",,")));
    CHECK(lines[1].contains(QStringLiteral(",2024-03-01,,1000.00,")));
    CHECK(lines[3].contains(QStringLiteral("Étude")));
}

TEST_CASE("the PDF summary is a real PDF with the table on it", "[activities]")
{
    TempDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(gis::writeActivityReportPdf(sample(), QStringLiteral("Activités 2024–2025"), pdf).ok());
    const PdfInfo info = pdfInfo(pdf);
    INFO(info.error.toStdString());
    REQUIRE(info.ok);
    CHECK(info.pages == 1);
    CHECK(info.pageSizePt.width() == Approx(595.28).margin(1));
    QString error;
    const QImage page = renderPdfPage(pdf, 50, &error);
    REQUIRE_FALSE(page.isNull());
    CHECK(inkCoverage(page, page.rect()) > 0.005);
    // Many activities flow onto more pages.
    QList<Activity> many;
    for (int i = 0; i < 120; ++i)
        many << sample();
    REQUIRE(gis::writeActivityReportPdf(many, QStringLiteral("Beaucoup"), pdf).ok());
    CHECK(pdfInfo(pdf).pages >= 4);

    const auto bad = gis::writeActivityReportPdf(sample(), QStringLiteral("x"), dir.filePath(QStringLiteral("no/dir/r.pdf")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file.endsWith(QStringLiteral("r.pdf")));
}

TEST_CASE("atlas-cli activity add, list and report", "[activities][cli]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas, QStringLiteral("--title"), QStringLiteral("CAUE")}).exitCode == 0);
    CliResult r = runCli({QStringLiteral("activity"), QStringLiteral("add"), atlas, QStringLiteral("--type"),
                          QStringLiteral("workshop"), QStringLiteral("--title-fr"), QStringLiteral("Atelier"),
                          QStringLiteral("--start"), QStringLiteral("2025-04-01"), QStringLiteral("--budget"),
                          QStringLiteral("900"), QStringLiteral("--person"), QStringLiteral("Anne"),
                          QStringLiteral("--person"), QStringLiteral("Joost"), QStringLiteral("--lon"),
                          QStringLiteral("2.9"), QStringLiteral("--lat"), QStringLiteral("50.7")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("added ")));
    r = runCli({QStringLiteral("activity"), QStringLiteral("add"), atlas, QStringLiteral("--type"),
                QStringLiteral("study"), QStringLiteral("--title-nl"), QStringLiteral("Studie"), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--start"), QStringLiteral("2024-10-01")});
    REQUIRE(r.exitCode == 0);

    r = runCli({QStringLiteral("activity"), QStringLiteral("list"), atlas});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2 activities")));
    CHECK(r.out.indexOf(QStringLiteral("Studie")) < r.out.indexOf(QStringLiteral("Atelier")));  // by start date
    r = runCli({QStringLiteral("activity"), QStringLiteral("list"), atlas, QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\"title_nl\": \"Studie\"")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Atelier")));

    const QString csv = dir.filePath(QStringLiteral("r.csv"));
    r = runCli({QStringLiteral("activity"), QStringLiteral("report"), atlas, csv});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(csv).contains("Anne; Joost"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    r = runCli({QStringLiteral("activity"), QStringLiteral("report"), atlas, pdf, QStringLiteral("--year"),
                QStringLiteral("2025")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("reported 1 activity")));
    CHECK(pdfInfo(pdf).pages == 1);

    // Bad input: named, nothing written.
    r = runCli({QStringLiteral("activity"), QStringLiteral("add"), atlas, QStringLiteral("--type"),
                QStringLiteral("party"), QStringLiteral("--title-fr"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--type: unknown value 'party'")));
    r = runCli({QStringLiteral("activity"), QStringLiteral("add"), atlas, QStringLiteral("--type"),
                QStringLiteral("study"), QStringLiteral("--title-fr"), QStringLiteral("x"), QStringLiteral("--start"),
                QStringLiteral("2025-05-02"), QStringLiteral("--end"), QStringLiteral("2025-05-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("before it starts")));
    r = runCli({QStringLiteral("activity"), QStringLiteral("report"), atlas, dir.filePath(QStringLiteral("r.txt"))});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.txt"))));
    CHECK(runCli({QStringLiteral("activity"), QStringLiteral("list"), atlas}).out.contains(QStringLiteral("2 activities")));
}
