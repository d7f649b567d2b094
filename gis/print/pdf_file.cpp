#include "gis/print/pdf_file.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace atlas::gis {

core::Status writePdfFile(const QString& path, const QPageLayout& layout, int dpi, const QString& title,
                          const std::function<void(QPainter&, QPdfWriter&)>& paint, const std::atomic<bool>* cancel)
{
    const auto cannotWrite = [&](const QString& why) {
        return core::Error{path, {}, QCoreApplication::translate("atlas::gis", "cannot write the file: %1").arg(why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Atlas Territoires"));
        QPainter painter;
        if (!painter.begin(&writer))
            return core::Error{path, {}, QCoreApplication::translate("atlas::gis", "cannot start the PDF page")};
        paint(painter, writer);
        painter.end();
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return core::Error{path, {}, QCoreApplication::translate("atlas::gis", "printing cancelled")};
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return core::Done{};
}

}  // namespace atlas::gis
