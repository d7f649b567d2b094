#include "support/image_compare.h"

#include <algorithm>
#include <cstdlib>

namespace atlas::test {

bool colourNear(QRgb a, QRgb b, int delta)
{
    return std::abs(qRed(a) - qRed(b)) <= delta && std::abs(qGreen(a) - qGreen(b)) <= delta &&
           std::abs(qBlue(a) - qBlue(b)) <= delta && std::abs(qAlpha(a) - qAlpha(b)) <= delta;
}

ImageDiff compareImages(const QImage& actualIn, const QImage& controlIn, int channelDelta)
{
    ImageDiff d;
    d.sameSize = actualIn.size() == controlIn.size() && !actualIn.isNull();
    if (!d.sameSize)
        return d;
    // Compare un-premultiplied ARGB so that PNGs loaded in any format compare alike.
    const QImage actual = actualIn.convertToFormat(QImage::Format_ARGB32);
    const QImage control = controlIn.convertToFormat(QImage::Format_ARGB32);
    d.total = qint64(actual.width()) * actual.height();
    d.diff = QImage(actual.size(), QImage::Format_ARGB32);
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* c = reinterpret_cast<const QRgb*>(control.constScanLine(y));
        auto* out = reinterpret_cast<QRgb*>(d.diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            if (colourNear(a[x], c[x], channelDelta)) {
                const int grey = 255 - (255 - qGray(c[x])) / 4;
                out[x] = qRgb(grey, grey, grey);
            } else {
                ++d.differing;
                out[x] = qRgb(255, 0, 0);
            }
        }
    }
    return d;
}

}  // namespace atlas::test
