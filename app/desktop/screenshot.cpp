#include "screenshot.h"

#include "ui/window/main_window.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

namespace atlas::app {

void scheduleScreenshot(ui::MainWindow* window, const QString& outputPath, int timeoutMs)
{
    auto grab = [window, outputPath] {
        const bool saved = window->grab().save(outputPath, "PNG");
        if (!saved)
            std::fprintf(stderr, "atlas: cannot write %s\n", qPrintable(outputPath));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    // Grab on the next turn of the event loop so the canvas has painted the image.
    QObject::connect(window, &ui::MainWindow::mapIdle, window, [grab] { QTimer::singleShot(50, grab); },
                     Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, window, [timeoutMs] {
        std::fprintf(stderr, "atlas: the map did not finish rendering within %d ms\n", timeoutMs);
        QCoreApplication::exit(1);
    });
}

}  // namespace atlas::app
