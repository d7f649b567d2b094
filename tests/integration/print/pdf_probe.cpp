#include "pdf_probe.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace atlas::test {

namespace {

// Runs a poppler tool; its stdout, or an error naming the tool and its stderr.
bool runTool(const QString& tool, const QStringList& args, QString* output, QString* error)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        *error = tool + QStringLiteral(" not found: install poppler-utils (scripts/install-deps.sh)");
        return false;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    *output = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

}  // namespace

PdfInfo pdfInfo(const QString& pdfPath)
{
    PdfInfo info;
    QString text;
    if (!runTool(QStringLiteral("pdfinfo"), {pdfPath}, &text, &info.error))
        return info;
    const auto pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                           .match(text);
    const auto size = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption)
                          .match(text);
    if (!pages.hasMatch() || !size.hasMatch()) {
        info.error = QStringLiteral("pdfinfo said: ") + text;
        return info;
    }
    info.ok = true;
    info.pages = pages.captured(1).toInt();
    info.pageSizePt = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

QImage renderPdfPage(const QString& pdfPath, int dpi, QString* error)
{
    QTemporaryDir dir;
    QString ignored;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    if (!runTool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                  pdfPath, prefix},
                 &ignored, error))
        return {};
    QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull())
        *error = QStringLiteral("pdftoppm wrote no readable PNG");
    return image.convertToFormat(QImage::Format_RGB32);
}

double inkCoverage(const QImage& image, const QRect& area)
{
    const QRect r = area.intersected(image.rect());
    if (r.isEmpty())
        return 0;
    qint64 ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) < 235 || qGreen(c) < 235 || qBlue(c) < 235)
                ++ink;
        }
    return double(ink) / (qint64(r.width()) * r.height());
}

int colourCount(const QImage& image, const QRect& area, int cap)
{
    QSet<QRgb> colours;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom() && colours.size() < cap; ++y)
        for (int x = r.left(); x <= r.right() && colours.size() < cap; ++x)
            colours.insert(image.pixel(x, y) & 0xF0F0F0);
    return int(colours.size());
}

}  // namespace atlas::test
