#pragma once
// A main window with its language manager, and waits on the map being drawn.

#include "ui/i18n/language_manager.h"
#include "ui/window/main_window.h"

#include <QImage>
#include <QWidget>
#include <memory>

namespace atlas::test {

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

}  // namespace atlas::test
