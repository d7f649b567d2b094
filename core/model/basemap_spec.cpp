#include "core/model/basemap_spec.h"

#include <QCoreApplication>
#include <QUrl>

namespace atlas::core {

QString xyzTemplateProblem(const QString& url)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("atlas::core", text); };
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        return tr("a tile URL starts with http:// or https://");
    if (QUrl(url).host().isEmpty())
        return tr("the tile URL has no server name");
    for (const char* p : {"{z}", "{x}", "{y}"})
        if (!url.contains(QLatin1String(p)))
            return tr("the tile URL needs the placeholders {z}, {x} and {y} (%1 is missing)").arg(QLatin1String(p));
    return {};
}

}  // namespace atlas::core
