#include "gis/print/print_options.h"

namespace atlas::gis {

QSizeF pageSizeMm(PaperSize paper, PaperOrientation orientation)
{
    const QSizeF portrait = paper == PaperSize::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
    return orientation == PaperOrientation::Portrait ? portrait : portrait.transposed();
}

std::optional<PaperSize> paperSizeFromName(const QString& name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (name.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
        return PaperSize::A3;
    return std::nullopt;
}

std::optional<PaperOrientation> orientationFromName(const QString& name)
{
    if (name.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        return PaperOrientation::Portrait;
    if (name.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
        return PaperOrientation::Landscape;
    return std::nullopt;
}

QString paperSizeName(PaperSize paper)
{
    return paper == PaperSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

}  // namespace atlas::gis
