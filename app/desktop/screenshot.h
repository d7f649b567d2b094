#pragma once
// --screenshot: waits for the first complete render of the map, grabs the whole
// window into a PNG and quits with 0, or with 1 on failure or time-out.

#include <QString>

namespace atlas::ui {
class MainWindow;
}

namespace atlas::app {

void scheduleScreenshot(ui::MainWindow* window, const QString& outputPath, int timeoutMs);

}  // namespace atlas::app
