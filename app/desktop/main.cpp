// atlas: the Atlas Territoires desktop application.

#include "overlay_bench.h"
#include "screenshot.h"
#include "ui/i18n/language_manager.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Atlas Territoires"));
    QApplication::setOrganizationName(QStringLiteral("Atlas Territoires"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("atlas-territoires"));

    atlas::ui::LanguageManager languages;
    languages.apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop atlas and observatory"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a grab of the window once the map is drawn, then quit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    const QCommandLineOption benchOverlay(
        QStringLiteral("bench-overlay"),
        QCoreApplication::translate("main", "Time the drawing of the atlas's fiches on the map, print it, then quit."));
    parser.addOption(benchOverlay);
    parser.addPositionalArgument(QStringLiteral("atlas"), QCoreApplication::translate("main", "Atlas to open."),
                                 QStringLiteral("[ATLAS]"));
    parser.process(app);

    atlas::ui::MainWindow window(&languages);
    if (parser.isSet(screenshot))
        atlas::app::scheduleScreenshot(&window, parser.value(screenshot), 60000);
    if (parser.isSet(benchOverlay))
        atlas::app::scheduleOverlayBenchmark(&window, 120000);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const bool opened = window.openAtlas(parser.positionalArguments().first());
        if (!opened && (parser.isSet(screenshot) || parser.isSet(benchOverlay)))
            return 1;
    }
    return app.exec();
}
