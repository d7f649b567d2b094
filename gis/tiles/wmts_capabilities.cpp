#include "gis/tiles/wmts_capabilities.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"

#include <cpl_http.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUrl>
#include <QXmlStreamReader>

namespace atlas::gis {

core::Result<QList<WmtsLayerInfo>> parseWmtsCapabilities(const QByteArray& xml, const QString& source)
{
    QXmlStreamReader reader(xml);
    QList<WmtsLayerInfo> layers;
    bool capabilities = false;
    // Layers sit in Contents; their Identifier and Title are direct children.
    int depth = 0, layerDepth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const QStringView name = reader.name();
            if (depth == 1)
                capabilities = name == QLatin1String("Capabilities");
            else if (name == QLatin1String("Layer") && layerDepth < 0) {
                layerDepth = depth;
                layers << WmtsLayerInfo{};
            } else if (layerDepth > 0 && depth == layerDepth + 1 && name == QLatin1String("Identifier"))
                layers.last().identifier = reader.readElementText().trimmed();
            else if (layerDepth > 0 && depth == layerDepth + 1 && name == QLatin1String("Title"))
                layers.last().title = reader.readElementText().trimmed();
            else if (layerDepth > 0 && name == QLatin1String("TileMatrixSet"))
                layers.last().matrixSets << reader.readElementText().trimmed();
            // readElementText() consumed the end element.
            if (reader.isEndElement())
                --depth;
        } else if (reader.isEndElement()) {
            if (depth == layerDepth)
                layerDepth = -1;
            --depth;
        }
    }
    if (reader.hasError())
        return core::Error{source, tr("line %1").arg(reader.lineNumber()),
                           tr("not a readable WMTS capabilities document: %1").arg(reader.errorString())};
    if (!capabilities)
        return core::Error{source, {}, tr("not a WMTS capabilities document")};
    if (layers.isEmpty())
        return core::Error{source, {}, tr("the WMTS service offers no layer")};
    return layers;
}

QString cachedCapabilitiesPath(const QString& url, const QString& cacheDir)
{
    const QByteArray key = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(cacheDir).filePath(QStringLiteral("wmts/%1.xml").arg(QString::fromLatin1(key)));
}

core::Result<QList<WmtsLayerInfo>> fetchWmtsCapabilities(const QString& url, const QString& cacheDir)
{
    QByteArray xml;
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https")) {
        ensureGdalReady();
        const char* options[] = {"TIMEOUT=30", nullptr};
        CPLHTTPResult* result = CPLHTTPFetch(url.toUtf8().constData(), const_cast<char**>(options));
        const bool ok = result && result->nStatus == 0 && result->pabyData;
        if (ok)
            xml = QByteArray(reinterpret_cast<const char*>(result->pabyData), result->nDataLen);
        const QString reason = result && result->pszErrBuf ? QString::fromUtf8(result->pszErrBuf) : QString();
        CPLHTTPDestroyResult(result);
        if (!ok)
            return core::Error{url, {}, tr("the WMTS capabilities cannot be fetched: %1").arg(reason)};
    } else {
        QFile file(parsed.isLocalFile() ? parsed.toLocalFile() : url);
        if (!file.open(QIODevice::ReadOnly))
            return core::Error{url, {}, tr("the WMTS capabilities cannot be read: %1").arg(file.errorString())};
        xml = file.readAll();
    }
    auto layers = parseWmtsCapabilities(xml, url);
    if (!layers)
        return layers.error();
    const QString path = cachedCapabilitiesPath(url, cacheDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
        return core::Error{path, {}, tr("the WMTS capabilities cannot be kept: %1").arg(out.errorString())};
    return layers;
}

}  // namespace atlas::gis
