#include "ui/window/raster_actions.h"

#include "gis/datasource/raster_overviews.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/progress_task.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace atlas::ui {
namespace {

struct OverviewOutcome {
    int levels = 0;
    QString error;
};

// Above this many pixels a zoomed-out frame without overviews reads for seconds.
constexpr qint64 kLargeRasterPixels = qint64(4096) * 4096;

QSet<QUuid> layerIds(const core::AtlasDocument& doc)
{
    QSet<QUuid> ids;
    for (const core::LayerSpec& layer : doc.layers)
        ids.insert(layer.identity.uuid);
    return ids;
}

}  // namespace

RasterActions::RasterActions(DocumentController* document, LayersDock* layers, MapCanvas* canvas, QMainWindow* window)
    : QObject(window), m_document(document), m_layers(layers), m_canvas(canvas), m_window(window),
      m_buildOverviews(new QAction(this))
{
    setObjectName(QStringLiteral("RasterActions"));
    m_buildOverviews->setObjectName(QStringLiteral("BuildOverviewsAction"));
    connect(m_buildOverviews, &QAction::triggered, this, &RasterActions::buildOverviews);
    connect(m_layers, &LayersDock::currentLayerChanged, this, &RasterActions::update);
    connect(m_document, &DocumentController::layersChanged, this, &RasterActions::update);
    connect(m_document, &DocumentController::layersChanged, this, &RasterActions::offerForNewLayers);
    connect(m_document, &DocumentController::documentReplaced, this, [this] {
        m_known = layerIds(m_document->document());  // an opened atlas's layers are not new
        update();
    });
    window->installEventFilter(this);
    retranslate();
    update();
}

void RasterActions::populate(QMenu* fileMenu)
{
    fileMenu->insertAction(nullptr, m_buildOverviews);
    // A right click on a layer offers what applies to it.
    m_layers->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_layers->view()->addAction(m_buildOverviews);
}

void RasterActions::buildOverviews()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || layer->kind != core::LayerKind::Raster)
        return;
    const QString path = layer->sourcePath, name = layer->name;
    runWithProgress<OverviewOutcome>(
        m_window, tr("Building the overviews of %1…").arg(name),
        [path](const ProgressReport& progress, const std::atomic<bool>& cancel) {
            const core::Status built = gis::buildOverviews(path, cancel, progress);
            return built ? OverviewOutcome{gis::overviewCount(path), {}} : OverviewOutcome{0, built.error().message()};
        },
        [this, name](const OverviewOutcome& outcome, bool cancelled) {
            if (cancelled) {
                m_window->statusBar()->showMessage(tr("Overviews cancelled; the raster is as it was."), 8000);
                emit finished(false, tr("Overviews cancelled; the raster is as it was."));
                return;
            }
            if (!outcome.error.isEmpty()) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Atlas Territoires"), outcome.error,
                                            QMessageBox::Ok, m_window);
                box->setObjectName(QStringLiteral("OverviewsError"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit finished(false, outcome.error);
                return;
            }
            // Zoomed-out frames now read the reduced copies: draw the map again.
            m_canvas->refresh();
            const QString message = outcome.levels > 0
                                        ? tr("“%1”: overviews built, down to 1/%2 of the full size").arg(name).arg(1 << outcome.levels)
                                        : tr("“%1” is small enough to be read whole: no overview needed").arg(name);
            m_window->statusBar()->showMessage(message, 8000);
            emit finished(true, message);
        });
}

void RasterActions::offerForNewLayers()
{
    const QSet<QUuid> now = layerIds(m_document->document());
    for (const core::LayerSpec& layer : m_document->document().layers) {
        if (m_known.contains(layer.identity.uuid) || layer.kind != core::LayerKind::Raster)
            continue;
        const QSize size = gis::rasterSize(layer.sourcePath);
        if (qint64(size.width()) * size.height() < kLargeRasterPixels || gis::overviewCount(layer.sourcePath) != 0)
            continue;
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Build overviews?"),
            tr("“%1” is large (%2 × %3 pixels) and has no overviews: zoomed-out frames would read all of it. "
               "Build them now? (File › Build overviews… does it later.)")
                .arg(layer.name)
                .arg(size.width())
                .arg(size.height()),
            QMessageBox::Yes | QMessageBox::No, m_window);
        box->setObjectName(QStringLiteral("OverviewsOffer"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, box, id = layer.identity.uuid](QAbstractButton* button) {
            if (box->standardButton(button) != QMessageBox::Yes)
                return;
            m_layers->selectLayer(id);
            buildOverviews();
        });
        box->open();
        break;  // one question at a time
    }
    m_known = now;
}

bool RasterActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RasterActions::update()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    m_buildOverviews->setEnabled(layer && layer->kind == core::LayerKind::Raster);
}

void RasterActions::retranslate()
{
    m_buildOverviews->setText(tr("Build &overviews…"));
    m_buildOverviews->setStatusTip(tr("Build reduced copies of the raster layer so that it draws fast when zoomed out"));
}

}  // namespace atlas::ui
