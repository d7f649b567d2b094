// File › Export interactive map…: the dialog writes a bundle of the demo atlas on a worker
// thread with progress, and a cancelled export leaves nothing behind.

#include "gui/gui_fixture.h"
#include "gis/store/atlas_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/dialogs/export_web_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace atlas;

namespace {

QPushButton* button(ui::ExportWebDialog& dialog, QDialogButtonBox::ButtonRole role)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == role)
            return qobject_cast<QPushButton*>(b);
    return nullptr;
}

}  // namespace

TEST_CASE("File menu has Export interactive map and it opens the dialog", "[gui][export]")
{
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    auto* action = f.window->findChild<QAction*>(QStringLiteral("exportWebAction"));
    REQUIRE(action);
    QMenu* fileMenu = f.window->menuBar()->actions().first()->menu();
    REQUIRE(fileMenu->actions().contains(action));
    action->trigger();
    auto* dialog = f.window->findChild<ui::ExportWebDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->options().title == QStringLiteral("Partons 2.0 — territoire transfrontalier"));
    CHECK_FALSE(dialog->options().onlineBasemap);  // off unless asked for
    CHECK(dialog->options().stripPhotoMetadata);    // photos leave without their GPS position
    CHECK(dialog->options().onlyPublished);
    dialog->reject();
}

TEST_CASE("The export dialog writes the demo bundle off the UI thread with progress", "[gui][export]")
{
    auto doc = gis::loadAtlas(test::demoAtlasPath());
    REQUIRE(doc.ok());
    test::TempDir dir;
    ui::ExportWebDialog dialog(doc.value(), test::demoAtlasPath());
    dialog.setOutputDir(dir.filePath(QStringLiteral("demo-web")));
    dialog.show();
    QSignalSpy finished(&dialog, &ui::ExportWebDialog::exportFinished);
    QTest::mouseClick(button(dialog, QDialogButtonBox::AcceptRole), Qt::LeftButton);
    CHECK(dialog.isRunning());  // the click returned while the export goes on
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().contains(QStringLiteral("index.html")));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("demo-web/index.html"))));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("demo-web/data/atlas-data.js"))));
    auto* progress = dialog.findChild<QProgressBar*>();
    CHECK(progress->value() == progress->maximum());
}

TEST_CASE("Cancelling the export stops it and leaves no bundle", "[gui][export]")
{
    auto doc = gis::loadAtlas(test::demoAtlasPath());
    REQUIRE(doc.ok());
    test::TempDir dir;
    ui::ExportWebDialog dialog(doc.value(), test::demoAtlasPath());
    const QString out = dir.filePath(QStringLiteral("demo-web"));
    dialog.setOutputDir(out);
    // Every layer as tiles down to street level: far more work than the test waits for.
    dialog.findChild<QSpinBox*>(QStringLiteral("maxZoom"))->setValue(15);
    dialog.findChild<QSpinBox*>(QStringLiteral("tilesAbove"))->setValue(0);
    dialog.show();
    QSignalSpy finished(&dialog, &ui::ExportWebDialog::exportFinished);
    QTest::mouseClick(button(dialog, QDialogButtonBox::AcceptRole), Qt::LeftButton);
    QTest::qWait(300);
    INFO((finished.isEmpty() ? QString() : finished.first().at(1).toString()).toStdString());
    REQUIRE(dialog.isRunning());
    QTest::mouseClick(button(dialog, QDialogButtonBox::RejectRole), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
