#pragma once
// A main window with its language manager, and waits on the map being drawn.

#include "ui/i18n/language_manager.h"
#include "ui/window/main_window.h"

#include <QColor>
#include <QImage>
#include <QWidget>
#include <memory>

namespace atlas::test {

class TempDir;

struct GuiFixture {
    GuiFixture();
    ~GuiFixture();

    // Waits until the map shows the current view completely; false on time-out.
    bool waitForMap(int timeoutMs = 20000);

    std::unique_ptr<ui::LanguageManager> languages;
    std::unique_ptr<ui::MainWindow> window;
};

// A left click in the middle of `widget`, which must be there and enabled.
void click(QWidget* widget);
// Focuses `widget` and types `text` into it, key by key (accented letters included).
void typeInto(QWidget* widget, const QString& text);

// Share of pixels that differ from the image's most common colour (0..1).
double nonBackgroundShare(const QImage& image);
// The demo atlas built by `make demo`; fails the test if it is missing.
QString demoAtlasPath();
// A copy of the demo atlas and its media folder in `dir`, for tests that write.
QString copyDemoAtlas(const TempDir& dir);
// A JPEG of one colour at `path` whose EXIF GPS position (written by exiv2) is Mont Cassel.
void writeCasselPhoto(const QString& path, const QColor& colour);

}  // namespace atlas::test
