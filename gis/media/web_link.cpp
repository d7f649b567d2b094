#include "gis/media/web_link.h"

#include <QUrl>

namespace atlas::gis {

QString webLinkUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QByteArray webLinkFile(const QString& url)
{
    return "[InternetShortcut]\r\nURL=" + url.toUtf8() + "\r\n";
}

bool isWebLink(const core::MediaItem& media)
{
    return media.mime == QLatin1String(kWebLinkMime);
}

}  // namespace atlas::gis
