#pragma once
// --bench-overlay: opens the atlas, waits until its fiches are loaded on the map, then times
// the paint of the fiche overlay over the reference frames (full extent of the fiches ×3,
// 1 % of that area ×3, 20 pans) and prints median and max milliseconds; quits with 0, or 1
// when no fiche was loaded in time.

namespace atlas::ui {
class MainWindow;
}

namespace atlas::app {

void scheduleOverlayBenchmark(ui::MainWindow* window, int timeoutMs);

}  // namespace atlas::app
