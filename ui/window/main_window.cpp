#include "ui/window/main_window.h"

#include "gis/datasource/layer_source.h"
#include "gis/render/render_layer.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/layer_style_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/docks/layers_dock.h"
#include "ui/docks/legend_dock.h"
#include "ui/document/document_controller.h"
#include "ui/i18n/language_manager.h"
#include "ui/observatory/observatory_feature.h"
#include "ui/observatory/observatory_session.h"
#include "ui/window/basemap_actions.h"
#include "ui/window/clipboard_actions.h"
#include "ui/window/editing_actions.h"
#include "ui/window/layer_data_actions.h"
#include "ui/window/transform_actions.h"
#include "ui/window/split_merge_actions.h"
#include "ui/window/export_actions.h"
#include "ui/window/print_actions.h"
#include "ui/activities/activities_feature.h"
#include "ui/docks/publications_dock.h"
#include "ui/sync/sync_dock.h"
#include "ui/docks/observations_dock.h"
#include "ui/window/file_actions.h"
#include "ui/window/map_status_bar.h"
#include "ui/window/measure_actions.h"
#include "ui/window/raster_actions.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

namespace {

// The publications panel's view of the window: the open atlas, and what the map shows
// (extent, visible layers, the fiche selected) for a section's map view.
PublicationsContext publicationsContext(DocumentController* controller, MapCanvas* canvas,
                                        ObservatoryFeature* observatory)
{
    PublicationsContext c;
    c.document = [controller] { return controller->document(); };
    c.captureView = [controller, canvas, observatory]() -> std::optional<core::PublicationMapView> {
        core::PublicationMapView view;
        view.extent = canvas->extent();
        view.crs = canvas->mapSettings().crs;
        for (const core::LayerSpec& layer : controller->document().layers)
            if (layer.visible)
                view.visibleLayers << layer.identity.uuid;
        if (const core::Observation* fiche = observatory->dock()->currentObservation())
            view.highlightedFiches << fiche->identity.uuid;
        return view.extent.isNull() ? std::nullopt : std::optional(view);
    };
    return c;
}

}  // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_controller(new DocumentController(this)),
      m_canvas(new MapCanvas(this)), m_layersDock(new LayersDock(m_controller, this)),
      m_statusBar(new MapStatusBar(m_canvas, this)), m_fileActions(new FileActions(m_controller, m_canvas, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_canvas);
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    statusBar()->addPermanentWidget(m_statusBar, 1);
    createMenus();
    auto* observatory = new ObservatoryFeature(m_controller, m_canvas, this);  // registers its dock, tool and menu
    new ActivitiesFeature(observatory->session(), m_canvas, this);  // its dock, form and map symbols
    PublicationsDock::install(observatory->session(), this, publicationsContext(m_controller, m_canvas, observatory));
    SyncDock::install(observatory->session(), this);
    // One undo history per atlas: fiches and features alike.
    QUndoStack* undo = observatory->session()->undoStack();
    auto* editing = new EditingActions(m_controller, m_canvas, m_layersDock, undo, this);
    editing->populate();
    auto* table = new AttributeTableFeature(m_controller, m_canvas, m_layersDock, undo, this);
    table->populate(m_viewMenu, m_showLayers);
    (new TransformActions(m_controller, m_canvas, m_layersDock, undo, editing, table, this))->populate();
    (new SplitMergeActions(m_controller, m_canvas, m_layersDock, undo, editing, table, this))->populate();
    (new ClipboardActions(m_controller, m_canvas, m_layersDock, undo, editing, table, this))->populate();
    (new LayerDataActions(m_controller, m_layersDock, table, this))->populate(m_fileMenu, m_fileActions->addLayerAction());
    new LegendDock(m_controller, this);  // adds itself under the layers
    (new RasterActions(m_controller, m_layersDock, m_canvas, this))->populate(m_fileMenu);

    connect(m_controller, &DocumentController::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(m_controller, &DocumentController::layersChanged, this, &MainWindow::refreshLayers);
    connect(m_controller, &DocumentController::crsChanged, this, [this](const QString& crs) {
        m_canvas->setCrs(crs);
        m_statusBar->setCrs(crs);
    });
    connect(m_controller, &DocumentController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_statusBar, &MapStatusBar::crsChosen, m_controller, &DocumentController::setCrs);
    connect(m_layersDock, &LayersDock::addLayerRequested, m_fileActions, &FileActions::addLayerDialog);
    connect(m_layersDock, &LayersDock::zoomToLayerRequested, this, &MainWindow::zoomToLayer);
    connect(m_layersDock, &LayersDock::styleRequested, this, &MainWindow::editLayerStyle);
    connect(&m_extentWatcher, &QFutureWatcher<core::Extent>::finished, this, [this] {
        m_extentPending = false;
        const core::Extent e = m_extentWatcher.result();
        if (!e.isNull())
            m_canvas->setExtent(e.buffered(0.03));
        else
            m_canvas->refresh();
    });
    connect(m_canvas, &MapCanvas::renderFinished, this, [this] {
        if (isMapIdle())
            emit mapIdle();
    });

    resize(1280, 800);
    m_controller->newAtlas(QStringLiteral("EPSG:2154"));
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileActions->populate(m_fileMenu);
    (new BasemapActions(m_controller, this))->populate(m_fileMenu);
    (new ExportActions(m_controller, this))->populate(m_fileMenu);
    (new PrintActions(m_controller, m_canvas, this))->populate(m_fileMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomFull = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/zoom-full.svg")), QString(), this,
                                       &MainWindow::zoomToFullExtent);
    m_zoomFull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_zoomLayer = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/zoom-layer.svg")), QString(), this,
                                        [this] { zoomToLayer(m_layersDock->currentLayer()); });
    m_viewMenu->addSeparator();
    (new MeasureActions(m_canvas, this))->populate(m_viewMenu);
    m_viewMenu->addSeparator();
    m_showLayers = m_layersDock->toggleViewAction();
    m_viewMenu->addAction(m_showLayers);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_preferences = m_settingsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_preferences->setShortcut(QKeySequence::Preferences);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_zoomFull->setText(tr("Zoom to &full extent"));
    m_zoomLayer->setText(tr("Zoom to &layer"));
    m_preferences->setText(tr("&Preferences…"));
    m_about->setText(tr("&About Atlas Territoires"));
    m_fileActions->retranslate();
    updateTitle();
}

bool MainWindow::openAtlas(const QString& path)
{
    return m_fileActions->openAtlas(path);
}

void MainWindow::onDocumentReplaced()
{
    refreshLayers();
    const core::AtlasDocument& doc = m_controller->document();
    m_canvas->setCrs(doc.crs);
    m_statusBar->setCrs(doc.crs);
    if (!doc.initialView.isNull())
        m_canvas->setExtent(doc.initialView);
    else
        zoomToFullExtent();
}

void MainWindow::refreshLayers()
{
    m_canvas->setLayers(gis::renderLayersOf(m_controller->document(), m_controller->workingPath()));
}

void MainWindow::updateTitle()
{
    const QString name = m_controller->isUntitled() ? m_controller->document().title
                                                    : QFileInfo(m_controller->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(name, tr("Atlas Territoires")));
    setWindowModified(m_controller->isModified());
}

void MainWindow::zoomToFullExtent()
{
    QList<QUuid> ids;
    for (const core::LayerSpec& l : m_controller->document().layers)
        if (l.visible)
            ids << l.identity.uuid;
    zoomToLayersAsync(ids);
}

void MainWindow::zoomToLayer(const QUuid& id)
{
    if (!id.isNull())
        zoomToLayersAsync({id});
}

void MainWindow::zoomToLayersAsync(const QList<QUuid>& ids)
{
    const core::AtlasDocument& doc = m_controller->document();
    QList<gis::RenderLayer> layers;
    core::AtlasDocument subset = doc;
    subset.layers.clear();
    for (const QUuid& id : ids)
        if (const core::LayerSpec* l = doc.layer(id)) {
            core::LayerSpec visible = *l;
            visible.visible = true;
            subset.layers << visible;
        }
    layers = gis::renderLayersOf(subset, m_controller->workingPath());
    // Extents of big files can take a scan of the data: never on the UI thread.
    m_extentPending = true;
    m_extentWatcher.setFuture(QtConcurrent::run(
        [layers, crs = doc.crs] { return gis::extentOfLayers(layers, crs); }));
}

bool MainWindow::isMapIdle() const
{
    return !m_extentPending && !m_canvas->hasPendingRender() && !m_canvas->lastRenderedImage().isNull();
}

void MainWindow::editLayerStyle(const QUuid& id)
{
    const core::LayerSpec* layer = m_controller->document().layer(id);
    if (!layer)
        return;
    QStringList fields;
    const QString path = m_controller->dataPath(*layer);
    if (auto source = gis::openLayerSource(path, layer->sourceLayer, layer->kind))
        for (const gis::FieldInfo& f : source.value()->fields())
            fields << f.name;
    LayerStyleDialog dialog(layer->name, layer->style, fields, {path, layer->sourceLayer, layer->kind}, this);
    connect(&dialog, &LayerStyleDialog::applied, this,
            [this, id](const core::LayerStyle& style) { m_controller->setLayerStyle(id, style); });
    if (dialog.exec() == QDialog::Accepted)
        m_controller->setLayerStyle(id, dialog.style());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_languages, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Atlas Territoires"),
                       tr("<h3>Atlas Territoires %1</h3>"
                          "<p>A desktop atlas and observatory of the living environment, for the cross-border "
                          "territory of northern France and West Flanders.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_fileActions->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    m_fileActions->openOrAddFiles(paths);
    event->acceptProposedAction();
}

}  // namespace atlas::ui
