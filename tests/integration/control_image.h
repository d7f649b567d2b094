#pragma once
// Compares a rendered PNG with a committed control image under tests/data/control, allowing a few pixels
// to differ (antialiasing varies between Qt/FreeType builds); ATLAS_UPDATE_CONTROL_IMAGES=1 rewrites the
// control instead and fails on purpose so that an update is never silent.

#include <QString>

namespace atlas::test {

// `controlName` is the file name under tests/data/control; a failing comparison leaves `diffPath`.
void checkAgainstControl(const QString& actualPath, const QString& controlName, const QString& diffPath);

}  // namespace atlas::test
