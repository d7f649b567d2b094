#pragma once
// A main window with its language manager, and waits on the map being drawn.

#include "ui/i18n/language_manager.h"
#include "ui/window/main_window.h"

#include <QImage>
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

// Share of pixels that differ from the image's most common colour (0..1).
double nonBackgroundShare(const QImage& image);
// The demo atlas built by `make demo`; fails the test if it is missing.
QString demoAtlasPath();

}  // namespace atlas::test
