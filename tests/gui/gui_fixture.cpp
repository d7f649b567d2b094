#include "gui/gui_fixture.h"

#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"

#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QSignalSpy>
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

}  // namespace atlas::test
