// Catch2 main for tests that draw (QImage, QPainter, fonts): a QGuiApplication.
// Prints nothing to stdout itself: Catch2 test discovery reads it.

#include "support/catch_session.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    atlas::test::useOffscreenPlatformUnlessSet();
    QGuiApplication app(argc, argv);
    return atlas::test::runCatchSession(argc, argv);
}
