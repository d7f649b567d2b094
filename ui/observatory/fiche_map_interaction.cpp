#include "ui/observatory/fiche_map_interaction.h"

#include "gis/crs/crs_transform.h"
#include "ui/canvas/map_canvas.h"
#include "ui/observatory/observation_overlay.h"

#include <QDropEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QMouseEvent>

namespace atlas::ui {
namespace {

// Photos, documents, video and audio; GeoTIFFs and other geodata are layers, which the
// window opens when they are dropped.
bool isMediaFile(const QString& path)
{
    const QString mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name();
    return (mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("image/tiff")) ||
           mime.startsWith(QLatin1String("video/")) || mime.startsWith(QLatin1String("audio/")) ||
           mime == QLatin1String("application/pdf");
}

// The dropped files when every one of them is a media file; empty otherwise.
QStringList mediaFiles(const QMimeData* data)
{
    QStringList files;
    for (const QUrl& url : data->urls()) {
        if (!url.isLocalFile() || !isMediaFile(url.toLocalFile()))
            return {};
        files << url.toLocalFile();
    }
    return files;
}

}  // namespace

FicheMapInteraction::FicheMapInteraction(MapCanvas* canvas, ObservationOverlay* overlay)
    : QObject(canvas), m_canvas(canvas), m_overlay(overlay)
{
    setObjectName(QStringLiteral("FicheMapInteraction"));
    canvas->setAcceptDrops(true);
    canvas->installEventFilter(this);
}

bool FicheMapInteraction::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_canvas || !m_overlay)
        return QObject::eventFilter(watched, event);
    // Clicks belong to the active tool when there is one; files can be dropped any time.
    const bool panning = m_canvas->mapTool() == nullptr;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_pressed = panning && mouse->button() == Qt::LeftButton;
        m_pressAt = mouse->position();
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF moved = mouse->position() - m_pressAt;
        if (m_pressed && panning && mouse->button() == Qt::LeftButton && moved.manhattanLength() <= kClickSlop)
            if (const QUuid fiche = m_overlay->ficheAt(mouse->position()); !fiche.isNull())
                emit ficheClicked(fiche);
        m_pressed = false;
        break;
    }
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (panning && mouse->button() == Qt::LeftButton)
            if (const QUuid fiche = m_overlay->ficheAt(mouse->position()); !fiche.isNull()) {
                emit ficheActivated(fiche);
                return true;
            }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!mediaFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop:
        return dropFiles(static_cast<QDropEvent*>(event));
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool FicheMapInteraction::dropFiles(QDropEvent* event)
{
    const QStringList files = mediaFiles(event->mimeData());
    if (files.isEmpty())
        return false;
    const QPointF at = event->position();
    const gis::MapSettings& settings = m_canvas->mapSettings();
    QPointF lonLat = settings.toMap(at * m_canvas->devicePixelRatioF());
    double x = lonLat.x(), y = lonLat.y();
    const gis::CrsTransform toWgs84(settings.crs, QStringLiteral("EPSG:4326"));
    if (!toWgs84.isValid() || !toWgs84.transformPoint(x, y))
        return false;
    event->acceptProposedAction();
    emit filesDropped(files, QPointF(x, y), m_overlay->ficheAt(at));
    return true;
}

}  // namespace atlas::ui
