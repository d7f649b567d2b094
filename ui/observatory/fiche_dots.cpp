#include "ui/observatory/fiche_dots.h"

#include <algorithm>

namespace atlas::ui {

FicheDots drawFicheDots(const std::shared_ptr<const std::vector<QPointF>>& positions, const gis::MapSettings& settings,
                        qreal ratio)
{
    FicheDots dots{QImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied), settings};
    dots.image.fill(Qt::transparent);
    dots.image.setDevicePixelRatio(ratio);
    const int width = settings.outputSize.width(), height = settings.outputSize.height();
    const int size = qMax(1, qRound(3 * ratio)), half = size / 2;
    const QRgb ink = qRgb(0x33, 0x33, 0x33);
    auto* bits = reinterpret_cast<QRgb*>(dots.image.bits());
    const qsizetype stride = dots.image.bytesPerLine() / qsizetype(sizeof(QRgb));
    const double perUnit = 1.0 / settings.unitsPerPixel();
    for (const QPointF& p : *positions) {
        const double px = (p.x() - settings.extent.xMin) * perUnit, py = (settings.extent.yMax - p.y()) * perUnit;
        if (!(px >= 0 && py >= 0 && px < width && py < height))
            continue;
        const int x = int(px), y = int(py);
        if (bits[y * stride + x] == ink)
            continue;  // a dot already covers this pixel
        const int left = qMax(0, x - half), right = qMin(width, x - half + size);
        for (int row = qMax(0, y - half); row < qMin(height, y - half + size); ++row)
            std::fill(bits + row * stride + left, bits + row * stride + right, ink);
    }
    return dots;
}

}  // namespace atlas::ui
