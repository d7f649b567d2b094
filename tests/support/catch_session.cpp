// The one translation unit holding Catch2's implementation (without a main),
// so that each binary picks its own main and Qt application type.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/catch_session.h"

#include <QByteArray>
#include <QtGlobal>

namespace atlas::test {

void useOffscreenPlatformUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runCatchSession(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}

}  // namespace atlas::test
