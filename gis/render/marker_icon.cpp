#include "gis/render/marker_icon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>
#include <array>

namespace atlas::gis {
namespace {

constexpr std::array<const char*, 6> kBuiltin = {"church", "tree", "star", "flag", "pin", "house"};
const QString kPrefix = QStringLiteral(":/markers/");

// A renderer for the icon, or null; parsing per call keeps threads apart (QSvgRenderer is not shared).
bool loadIcon(QSvgRenderer& renderer, const QString& path)
{
    if (path.isEmpty() || !renderer.load(path) || !renderer.isValid())
        return false;
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    return true;
}

QRectF fittedBox(const QSvgRenderer& renderer, const QRectF& box)
{
    QSizeF size = renderer.defaultSize().isEmpty() ? box.size() : QSizeF(renderer.defaultSize());
    size.scale(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

}  // namespace

QStringList builtinMarkerIcons()
{
    QStringList out;
    for (const char* n : kBuiltin)
        out << QString::fromLatin1(n);
    return out;
}

QString builtinMarkerIconPath(const QString& name)
{
    return builtinMarkerIcons().contains(name) ? kPrefix + name + QStringLiteral(".svg") : QString();
}

QString builtinMarkerIconName(const QString& path)
{
    if (!path.startsWith(kPrefix) || !path.endsWith(QStringLiteral(".svg")))
        return {};
    const QString name = path.mid(kPrefix.size()).chopped(4);
    return builtinMarkerIcons().contains(name) ? name : QString();
}

bool markerIconUsable(const QString& path, QString* why)
{
    QSvgRenderer renderer;
    if (loadIcon(renderer, path))
        return true;
    if (why)
        *why = QFileInfo::exists(path)
                   ? QCoreApplication::translate("atlas::gis", "the icon %1 is not an SVG image that can be drawn").arg(path)
                   : QCoreApplication::translate("atlas::gis", "the icon file %1 is missing").arg(path);
    return false;
}

QImage markerIconImage(const QString& path, int side)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;  // small: a few icons at a few sizes per session
    // The file's time in the key: an icon edited on disk is read again.
    const QString key = path + QLatin1Char('@') + QString::number(side) + QLatin1Char('@') +
                        QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
    {
        const QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    QImage image;
    QSvgRenderer renderer;
    if (side > 0 && loadIcon(renderer, path)) {
        image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, fittedBox(renderer, QRectF(0, 0, side, side)));
    }
    const QMutexLocker lock(&mutex);
    if (cache.size() > 256)
        cache.clear();
    cache.insert(key, image);
    return image;
}

bool drawMarkerIcon(QPainter& painter, const QString& path, const QRectF& box)
{
    QSvgRenderer renderer;
    if (!loadIcon(renderer, path))
        return false;
    renderer.render(&painter, fittedBox(renderer, box));
    return true;
}

}  // namespace atlas::gis
