// The activities panel in the main window on a real atlas: the table sorts and filters,
// groups by status, type and year, and the timeline lays the activities out in time.

#include "gui/gui_fixture.h"
#include "gis/store/activity_store.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/docks/activities_dock.h"
#include "ui/docks/activity_timeline.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace atlas;
using core::Activity;
using core::ActivityStatus;
using core::ActivityType;

namespace {

// An atlas with four activities over 2024-2025.
QString atlasWithActivities(const test::TempDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("caue.atlas"));
    core::AtlasDocument doc;
    doc.title = QStringLiteral("CAUE");
    REQUIRE(gis::createAtlas(path, doc).ok());
    auto store = gis::ObservationStore::open(path);
    REQUIRE(store.ok());
    gis::ActivityStore activities(store.value()->database());
    const auto add = [&](ActivityType type, ActivityStatus status, const QString& title, QDate start, QDate end,
                         std::optional<double> budget) {
        Activity a = Activity::create(type);
        a.status = status;
        a.titleFr = title;
        a.start = start;
        a.end = end;
        a.budget = budget;
        a.organisation = QStringLiteral("CAUE du Nord");
        REQUIRE(activities.save(a).ok());
    };
    add(ActivityType::Study, ActivityStatus::Done, QStringLiteral("Étude des franges"), QDate(2024, 2, 1),
        QDate(2024, 11, 30), 12000);
    add(ActivityType::Workshop, ActivityStatus::Done, QStringLiteral("Atelier du paysage"), QDate(2024, 6, 12), {}, 800);
    add(ActivityType::DiscoveryDay, ActivityStatus::Planned, QStringLiteral("Balade à Kemmel"), QDate(2025, 9, 20), {},
        std::nullopt);
    add(ActivityType::AdviceMission, ActivityStatus::Ongoing, QStringLiteral("Conseil à Bailleul"), QDate(2025, 1, 15),
        QDate(2025, 12, 31), 3500);
    return path;
}

QStringList column(const QAbstractItemModel* model, int column, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out << model->index(r, column, parent).data().toString();
    return out;
}

// The main window on that atlas, and its activities panel.
struct DockScene {
    test::TempDir dir;
    test::GuiFixture f;
    ui::ActivitiesDock* dock = nullptr;

    DockScene()
    {
        REQUIRE(f.window->openAtlas(atlasWithActivities(dir)));
        dock = f.window->findChild<ui::ActivitiesDock*>(QStringLiteral("ActivitiesDock"));
        REQUIRE(dock);
    }
};

}  // namespace

TEST_CASE("the activities panel lists, sorts, filters and groups the atlas's activities", "[gui][activities]")
{
    DockScene scene;
    ui::ActivitiesDock* dock = scene.dock;
    const QAbstractItemModel* model = dock->tableModel();
    REQUIRE(model->rowCount() == 4);
    // By start date first.
    CHECK(column(model, ui::ActivitiesDock::TitleColumn) ==
          QStringList{"Étude des franges", "Atelier du paysage", "Conseil à Bailleul", "Balade à Kemmel"});

    // A click on the budget header sorts by amount, not by text ("800" after "12 000").
    dock->show();
    dock->table()->sortByColumn(ui::ActivitiesDock::BudgetColumn, Qt::DescendingOrder);
    CHECK(column(model, ui::ActivitiesDock::TitleColumn).first() == QStringLiteral("Étude des franges"));
    CHECK(column(model, ui::ActivitiesDock::TitleColumn).last() == QStringLiteral("Balade à Kemmel"));

    // Typing in the filter keeps the matching rows and timeline bars.
    auto* filter = dock->findChild<QLineEdit*>();
    QTest::keyClicks(filter, QStringLiteral("kemmel"));
    CHECK(model->rowCount() == 1);
    CHECK(dock->timeline()->rowCount() == 1);
    filter->clear();
    CHECK(model->rowCount() == 4);

    dock->setGrouping(ui::ActivitiesDock::Grouping::Year);
    dock->table()->sortByColumn(ui::ActivitiesDock::TitleColumn, Qt::AscendingOrder);
    REQUIRE(model->rowCount() == 2);
    CHECK(column(model, 0) == QStringList{"2024 (2)", "2025 (2)"});
    CHECK(model->rowCount(model->index(0, 0)) == 2);
    dock->setGrouping(ui::ActivitiesDock::Grouping::Status);
    CHECK(model->rowCount() == 3);
    dock->setGrouping(ui::ActivitiesDock::Grouping::Type);
    CHECK(model->rowCount() == 4);
    // Filtering inside groups keeps the group of a match and drops the others.
    QTest::keyClicks(filter, QStringLiteral("atelier"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowCount(model->index(0, 0)) == 1);
    filter->clear();
}

TEST_CASE("the timeline puts each activity's bar at its dates", "[gui][activities]")
{
    DockScene scene;
    ui::ActivitiesDock* dock = scene.dock;
    dock->setFloating(true);
    dock->resize(900, 420);
    dock->show();
    dock->views()->setCurrentIndex(1);
    ui::ActivityTimeline* timeline = dock->timeline();
    timeline->resize(860, 200);
    REQUIRE(timeline->rowCount() == 4);
    // Rows by start: the study (2024, long), the workshop (one day), the mission, the day.
    const QRectF study = timeline->barRect(0), workshop = timeline->barRect(1), mission = timeline->barRect(2),
                 day = timeline->barRect(3);
    CHECK(study.left() < workshop.left());
    CHECK(workshop.left() < study.right());  // June 2024 is inside the study's months
    CHECK(mission.left() > study.right());   // 2025 after 2024
    CHECK(study.width() > 20 * workshop.width());
    CHECK(day.left() > mission.left());
    CHECK(day.right() <= mission.right());
    QTest::qWait(50);
    const QImage shot = dock->grab().toImage();
    CHECK(test::nonBackgroundShare(shot) > 0.02);
    shot.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/activities_timeline.png"));
}
