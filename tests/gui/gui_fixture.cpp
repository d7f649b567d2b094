#include "gui/gui_fixture.h"

#include "gis/store/sqlite_database.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace atlas::test {

void click(QWidget* widget)
{
    REQUIRE(widget);
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar c : text) {
        // QTest maps only ASCII to keys; other letters (é, ê) come as text, as an IME sends them.
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

GuiFixture::GuiFixture()
{
    QSettings().clear();
    languages = std::make_unique<ui::LanguageManager>();
    languages->setPreference(QStringLiteral("en"));
    window = std::make_unique<ui::MainWindow>(languages.get());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

GuiFixture::~GuiFixture()
{
    // Nothing may stay modified, or closing would ask a question.
    window->hide();
}

bool GuiFixture::waitForMap(int timeoutMs)
{
    if (window->isMapIdle())
        return true;
    QSignalSpy idle(window.get(), &ui::MainWindow::mapIdle);
    return idle.wait(timeoutMs);
}

double nonBackgroundShare(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    int total = 0, most = 0;
    for (int c : counts) {
        total += c;
        most = std::max(most, c);
    }
    return total == 0 ? 0.0 : double(total - most) / total;
}

QString demoAtlasPath()
{
    const QString path = QStringLiteral(ATLAS_DEMO_ATLAS);
    INFO("the demo atlas is built by `make demo`: " << path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    return path;
}

// The demo atlas and its media folder, copied so that the test may write.
QString copyDemoAtlas(const TempDir& dir)
{
    const QString demo = demoAtlasPath();
    const QString copy = dir.filePath(QStringLiteral("demo.atlas"));
    {
        // Through SQLite, so that what another process has in the WAL is copied too.
        auto db = gis::SqliteDatabase::open(demo, gis::SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db.ok());
        auto vacuum = db.value()->prepare(QStringLiteral("VACUUM INTO ?"));
        REQUIRE(vacuum.ok());
        vacuum.value().bind(1, copy).step();
        REQUIRE(vacuum.value().ok());
    }
    for (QDirIterator it(demo + QStringLiteral(".media"), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        const QString target = copy + QStringLiteral(".media/") + QDir(demo + QStringLiteral(".media")).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        REQUIRE(QFile::copy(file, target));
    }
    return copy;
}

void writeCasselPhoto(const QString& path, const QColor& colour)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(colour);
    REQUIRE(image.save(path, "JPEG"));
    const QString exiv2 = QStandardPaths::findExecutable(QStringLiteral("exiv2"));
    REQUIRE_FALSE(exiv2.isEmpty());
    REQUIRE(QProcess::execute(exiv2, {"-M", "set Exif.GPSInfo.GPSLatitudeRef N", "-M",
                                      "set Exif.GPSInfo.GPSLatitude 50/1 48/1 0/1", "-M",
                                      "set Exif.GPSInfo.GPSLongitudeRef E", "-M",
                                      "set Exif.GPSInfo.GPSLongitude 2/1 29/1 6/1", "mo", path}) == 0);
}

}  // namespace atlas::test
