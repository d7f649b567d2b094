// File › Print map…: the dialog prints the demo atlas's current view to PDF on a worker
// thread with progress, the PDF is one landscape A4 page read back by poppler, and a
// cancelled print writes nothing.

#include "gui/gui_fixture.h"
#include "gis/store/atlas_store.h"
#include "integration/print/pdf_probe.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/print_map_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

QPushButton* printButton(ui::PrintMapDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(b);
    return nullptr;
}

// A print dialog on the demo atlas's saved view, writing `fileName` in a fresh folder,
// started with a click on Print.
struct PrintRun {
    test::TempDir dir;
    core::AtlasDocument doc;
    std::unique_ptr<ui::PrintMapDialog> dialog;
    std::unique_ptr<QSignalSpy> finished;
    QString path;

    explicit PrintRun(const QString& fileName)
    {
        auto loaded = gis::loadAtlas(test::demoAtlasPath());
        REQUIRE(loaded.ok());
        doc = loaded.take();
        dialog = std::make_unique<ui::PrintMapDialog>(doc, test::demoAtlasPath(), doc.initialView, doc.crs);
        path = dir.filePath(fileName);
        dialog->setOutputPath(path);
        dialog->show();
        finished = std::make_unique<QSignalSpy>(dialog.get(), &ui::PrintMapDialog::printFinished);
        QTest::mouseClick(printButton(*dialog), Qt::LeftButton);
    }
};

}  // namespace

TEST_CASE("File › Print map opens the dialog on the canvas's current view", "[gui][print]")
{
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    auto* action = f.window->findChild<QAction*>(QStringLiteral("printMapAction"));
    REQUIRE(action);
    QMenu* fileMenu = f.window->menuBar()->actions().first()->menu();
    CHECK(fileMenu->actions().contains(action));
    action->trigger();
    auto* dialog = f.window->findChild<ui::PrintMapDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const gis::PrintOptions o = dialog->options();
    CHECK(o.title == QStringLiteral("Partons 2.0 — territoire transfrontalier"));
    const auto* canvas = f.window->findChild<ui::MapCanvas*>();
    REQUIRE(canvas);
    CHECK(o.extent == canvas->extent());
    CHECK(o.crs == canvas->mapSettings().crs);
    CHECK(o.paper == gis::PaperSize::A4);
    CHECK(o.legend);
    CHECK(dialog->outputPath().endsWith(QStringLiteral(".pdf")));
    dialog->reject();
}

TEST_CASE("The print dialog writes the demo sheet off the UI thread with progress", "[gui][print]")
{
    PrintRun run(QStringLiteral("demo.pdf"));
    ui::PrintMapDialog& dialog = *run.dialog;
    QSignalSpy& finished = *run.finished;
    const QString& pdf = run.path;
    CHECK(dialog.isRunning());  // the click returned while the sheet is drawn
    REQUIRE(finished.wait(60000));
    INFO(finished.first().at(1).toString().toStdString());
    CHECK(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().contains(QStringLiteral("demo.pdf")));
    auto* progress = dialog.findChild<QProgressBar*>();
    CHECK(progress->value() == progress->maximum());

    const test::PdfInfo info = test::pdfInfo(pdf);
    INFO(info.error.toStdString());
    REQUIRE(info.ok);
    CHECK(info.pages == 1);
    CHECK(info.pageSizePt.width() == Approx(841.89).margin(1));  // A4 landscape
    QString error;
    const QImage page = test::renderPdfPage(pdf, 40, &error);
    REQUIRE_FALSE(page.isNull());
    const QRect middle(page.width() / 4, page.height() / 3, page.width() / 4, page.height() / 3);
    CHECK(test::inkCoverage(page, middle) > 0.05);

    // Switching to PNG renames the file to match.
    dialog.findChildren<QComboBox*>().at(2)->setCurrentIndex(1);
    CHECK(dialog.outputPath() == run.dir.filePath(QStringLiteral("demo.png")));
}

TEST_CASE("Cancelling a print stops it and writes nothing", "[gui][print]")
{
    PrintRun run(QStringLiteral("cancelled.pdf"));
    ui::PrintMapDialog& dialog = *run.dialog;
    QSignalSpy& finished = *run.finished;
    const QString& pdf = run.path;
    REQUIRE(dialog.isRunning());
    dialog.reject();  // Cancel while drawing
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(dialog.isVisible());  // closed once the worker stopped
}
