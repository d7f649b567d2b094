#pragma once
// Pixel comparison of a rendered image with a control image, with a tolerance.

#include <QImage>

namespace atlas::test {

struct ImageDiff {
    bool sameSize = false;
    qint64 differing = 0;  // pixels whose largest channel difference exceeds the delta
    qint64 total = 0;
    QImage diff;           // differing pixels in red over a faded copy of the control

    double fraction() const { return total > 0 ? double(differing) / double(total) : 1.0; }
};

ImageDiff compareImages(const QImage& actual, const QImage& control, int channelDelta);

// True when the pixel's colour is within `delta` of `expected` on every channel (RGBA).
bool colourNear(QRgb pixel, QRgb expected, int delta);

}  // namespace atlas::test
