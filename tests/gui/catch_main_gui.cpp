// Catch2 main for widget tests: a QApplication on the offscreen platform, with
// settings kept away from the user's.

#include "support/catch_session.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    atlas::test::useOffscreenPlatformUnlessSet();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AtlasTerritoiresTests"));
    QApplication::setApplicationName(QStringLiteral("test_gui"));
    return atlas::test::runCatchSession(argc, argv);
}
