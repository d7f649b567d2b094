#include "control_image.h"

#include "cli_runner.h"
#include "support/image_compare.h"
#include "support/test_support.h"

#include <QImage>

namespace atlas::test {
namespace {

constexpr int kChannelDelta = 24;
constexpr double kMaxDifferingFraction = 0.01;

}  // namespace

void checkAgainstControl(const QString& actualPath, const QString& controlName, const QString& diffPath)
{
    const QString controlPath = dataFile(QStringLiteral("control/") + controlName);
    const QImage actual(actualPath);
    REQUIRE_FALSE(actual.isNull());
    if (qEnvironmentVariableIsSet("ATLAS_UPDATE_CONTROL_IMAGES")) {
        REQUIRE(actual.save(controlPath, "PNG"));
        FAIL("control image updated: " << controlPath.toStdString() << " - look at it, then commit it");
    }
    const QImage control(controlPath);
    INFO("control: " << controlPath.toStdString() << "\nactual: " << actualPath.toStdString());
    REQUIRE_FALSE(control.isNull());
    const ImageDiff diff = compareImages(actual, control, kChannelDelta);
    REQUIRE(diff.sameSize);
    if (diff.fraction() > kMaxDifferingFraction) {
        diff.diff.save(diffPath, "PNG");
        FAIL(diff.differing << " of " << diff.total << " pixels differ by more than " << kChannelDelta
                            << " per channel (" << 100 * diff.fraction() << " %, allowed "
                            << 100 * kMaxDifferingFraction << " %); diff image: " << diffPath.toStdString());
    }
    CHECK(diff.fraction() <= kMaxDifferingFraction);
}

}  // namespace atlas::test
