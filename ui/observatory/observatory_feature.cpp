#include "ui/observatory/observatory_feature.h"

#include "core/model/wkb_point.h"
#include "core/model/wkb_shapes.h"
#include "gis/crs/point_transform.h"
#include "gis/media/media_import.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/observation_form_dialog.h"
#include "ui/docks/mediatheque_dock.h"
#include "ui/docks/observations_dock.h"
#include "ui/observatory/fiche_map_interaction.h"
#include "ui/observatory/observation_overlay.h"
#include "ui/observatory/observatory_session.h"
#include "ui/tools/mark_observation_tool.h"
#include "ui/tools/sketch_tool.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace atlas::ui {

ObservatoryFeature::ObservatoryFeature(DocumentController* document, MapCanvas* canvas, QMainWindow* window)
    : QObject(window), m_window(window), m_canvas(canvas), m_session(new ObservatorySession(document, this)),
      m_dock(new ObservationsDock(m_session, window)), m_mediatheque(new MediathequeDock(m_session, window)),
      m_overlay(new ObservationOverlay(canvas)),
      m_tool(new MarkObservationTool(canvas)), m_menu(new QMenu(window)), m_markAction(new QAction(this)),
      m_shapeTool(new SketchTool(canvas, ShapeSketch::Shape::Line)), m_markLine(new QAction(this)),
      m_markArea(new QAction(this)),
      m_showDock(m_dock->toggleViewAction()),
      m_showMediatheque(m_mediatheque->toggleViewAction()), m_boundaries(new QAction(this))
{
    setObjectName(QStringLiteral("ObservatoryFeature"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_mediatheque);
    window->tabifyDockWidget(m_dock, m_mediatheque);
    m_dock->raise();
    // The Observatory menu goes before Help, the last menu of the bar.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    m_markAction->setCheckable(true);
    m_markAction->setIcon(QIcon(QStringLiteral(":/icons/mark-observation.svg")));
    m_menu->addAction(m_markAction);
    m_menu->addAction(m_markLine);
    m_menu->addAction(m_markArea);
    m_menu->addSeparator();
    m_menu->addAction(m_boundaries);
    m_menu->addSeparator();
    m_menu->addAction(m_showDock);
    m_menu->addAction(m_showMediatheque);

    connect(m_markAction, &QAction::toggled, this, &ObservatoryFeature::setMarking);
    m_shapeTool->setInk(QColor(0x1b, 0x78, 0x37));
    for (QAction* action : {m_markLine, m_markArea}) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, action](bool on) { setShapeMarking(action, on); });
    }
    connect(m_shapeTool, &SketchTool::cancelled, this, [this] {
        m_markLine->setChecked(false);
        m_markArea->setChecked(false);
    });
    connect(m_shapeTool, &SketchTool::sketched, this, [this](const QList<QPointF>& points) {
        createFromSketch(points, m_shapeTool->sketch().isArea());
    });
    connect(m_boundaries, &QAction::triggered, this, &ObservatoryFeature::chooseBoundaries);
    connect(m_dock->markButton(), &QToolButton::toggled, m_markAction, &QAction::setChecked);
    connect(m_markAction, &QAction::toggled, m_dock->markButton(), &QToolButton::setChecked);
    connect(m_canvas, &MapCanvas::mapToolChanged, this, [this](MapTool* tool) {
        if (tool != m_tool)
            m_markAction->setChecked(false);
        if (tool != m_shapeTool) {
            m_markLine->setChecked(false);
            m_markArea->setChecked(false);
        }
    });
    connect(m_tool, &MarkObservationTool::finished, this, [this] { m_markAction->setChecked(false); });
    connect(m_tool, &MarkObservationTool::failed, this, &ObservatoryFeature::showError);
    connect(m_tool, &MarkObservationTool::pointMarked, this, [this](const QPointF& lonLat) { createAt(lonLat); });
    connect(m_dock, &ObservationsDock::editRequested, this, &ObservatoryFeature::edit);
    connect(m_dock, &ObservationsDock::removeRequested, this, &ObservatoryFeature::remove);
    connect(m_dock, &ObservationsDock::currentChanged, m_overlay, &ObservationOverlay::setSelected);
    connect(m_dock, &ObservationsDock::filterChanged, this, [this](const gis::ObservationFilter& filter) {
        m_overlay->reload(m_session->atlasPath(), filter);  // the map shows what the list shows
    });
    connect(m_session, &ObservatorySession::failed, this, &ObservatoryFeature::showError);
    connect(m_mediatheque, &MediathequeDock::imported, this,
            [this](const QList<core::Observation>& fiches, const QStringList& errors) {
                // The landmarks are already stored; their add commands make them undoable
                // (the first redo finds the same content and writes nothing).
                for (const core::Observation& fiche : fiches)
                    m_session->addObservation(fiche);
                m_dock->refresh();
                if (!errors.isEmpty())
                    showError(errors.join(QLatin1Char('\n')));
            });
    connectMapInteraction(new FicheMapInteraction(canvas, m_overlay));
    connect(m_mediatheque, &MediathequeDock::showFicheRequested, this, [this](const QUuid& fiche) {
        m_dock->show();
        m_dock->raise();
        m_dock->selectObservation(fiche);
    });
    window->installEventFilter(this);
    retranslate();
}

void ObservatoryFeature::setMarking(bool on)
{
    if (on)
        m_canvas->setMapTool(m_tool);
    else if (m_canvas->mapTool() == m_tool)
        m_canvas->setMapTool(nullptr);
}

void ObservatoryFeature::setShapeMarking(QAction* action, bool on)
{
    if (on) {
        (action == m_markLine ? m_markArea : m_markLine)->setChecked(false);
        m_shapeTool->setShape(action == m_markLine ? ShapeSketch::Shape::Line : ShapeSketch::Shape::Polygon);
        m_canvas->setMapTool(m_shapeTool);
    } else if (m_canvas->mapTool() == m_shapeTool && !m_markLine->isChecked() && !m_markArea->isChecked()) {
        m_canvas->setMapTool(nullptr);
    }
}

void ObservatoryFeature::createFromSketch(const QList<QPointF>& mapPoints, bool area)
{
    const gis::CrsTransform toWgs84(m_canvas->mapSettings().crs, QStringLiteral("EPSG:4326"));
    const auto lonLat = gis::transformPoints(toWgs84, mapPoints);
    if (!lonLat) {
        showError(tr("This shape cannot be expressed in longitude and latitude (%1).").arg(toWgs84.errorString()));
        return;
    }
    createWith(area ? core::polygonWkb(*lonLat) : core::lineStringWkb(*lonLat));
}

void ObservatoryFeature::createAt(const QPointF& lonLat)
{
    createWith(core::pointWkb(lonLat.x(), lonLat.y()));
}

void ObservatoryFeature::createWith(const QByteArray& wkb)
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return;
    core::Observation o = core::Observation::create(core::ObservationKind::Landmark);
    o.geometryWkb = wkb;
    o.commune = store->communeAt(o.geometryWkb);
    o.dateStart = QDate::currentDate();
    ObservationFormDialog form(o, store->themes(), {}, m_window);
    offerRelations(form, o);
    emit formOpened(&form);
    if (form.exec() != QDialog::Accepted)
        return;
    if (form.themes() != store->themes())
        store->setThemes(form.themes());
    const core::Observation fiche = form.observation();
    if (!m_session->addObservation(fiche))
        return;
    m_dock->selectObservation(fiche.identity.uuid);
    attachFiles(fiche.identity.uuid, form.filesToAttach());
}

void ObservatoryFeature::edit(const core::Observation& observation)
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return;
    QStringList media;
    if (auto linked = store->mediaOf(observation.identity.uuid))
        for (const core::MediaItem& m : linked.value())
            media << m.fileName;
    ObservationFormDialog form(observation, store->themes(), media, m_window);
    offerRelations(form, observation);
    emit formOpened(&form);
    if (form.exec() != QDialog::Accepted)
        return;
    if (form.themes() != store->themes())
        store->setThemes(form.themes());
    const core::Observation after = form.observation();
    if (!after.sameContent(observation))
        m_session->editObservation(observation, after);
    attachFiles(observation.identity.uuid, form.filesToAttach());
}

void ObservatoryFeature::offerRelations(ObservationFormDialog& form, const core::Observation& observation)
{
    gis::ObservationStore* store = m_session->store();
    const QString lang = QLocale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("fr");
    QList<FicheChoice> linked;
    for (const QUuid& uuid : observation.links) {
        const auto found = store->observation(uuid);
        // A link to a fiche this atlas does not hold (not synced yet) is kept, named by its id.
        linked << FicheChoice{uuid, found ? found.value().title(lang)
                                          : tr("fiche %1 (not in this atlas)").arg(uuid.toString(QUuid::WithoutBraces).left(8))};
    }
    form.offerRelations(linked, [store, lang](const QString& words) {
        gis::ObservationFilter filter;
        filter.text = words;
        filter.limit = 12;
        QList<FicheChoice> matches;
        if (const auto found = store->list(filter))
            for (const core::Observation& o : found.value())
                matches << FicheChoice{o.identity.uuid, o.title(lang)};
        return matches;
    });
}

void ObservatoryFeature::chooseBoundaries()
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return;
    const QStringList tables = store->polygonTables();
    if (tables.isEmpty()) {
        showError(tr("The atlas has no polygon layer of its own: import one (communes, districts…) first."));
        return;
    }
    bool ok = false;
    const QString table = QInputDialog::getItem(m_window, tr("Communes"), tr("Polygon layer naming the communes:"),
                                                tables, qMax(0, int(tables.indexOf(store->boundaryTable()))), false, &ok);
    if (!ok)
        return;
    const QStringList fields = store->textFields(table);
    if (fields.isEmpty()) {
        showError(tr("The layer %1 has no text field to name the communes.").arg(table));
        return;
    }
    const int current = fields.indexOf(store->boundaryField()) >= 0 ? int(fields.indexOf(store->boundaryField()))
                                                                     : qMax(0, int(fields.indexOf(QStringLiteral("name"))));
    const QString field = QInputDialog::getItem(m_window, tr("Communes"), tr("Field with the commune name:"), fields,
                                                current, false, &ok);
    if (!ok)
        return;
    if (auto s = store->setBoundaryLayer(table, field); !s)
        showError(s.error().message());
}

void ObservatoryFeature::remove(const core::Observation& observation)
{
    // Undo brings it back, so no confirmation is asked.
    m_session->deleteObservation(observation);
}

void ObservatoryFeature::connectMapInteraction(FicheMapInteraction* map)
{
    connect(map, &FicheMapInteraction::ficheClicked, this, [this](const QUuid& fiche) {
        m_dock->show();
        m_dock->raise();
        m_dock->selectObservation(fiche);
    });
    connect(map, &FicheMapInteraction::ficheActivated, this, [this](const QUuid& fiche) {
        if (auto found = m_session->observation(fiche))
            edit(found.value());
    });
    connect(map, &FicheMapInteraction::filesDropped, this,
            [this](const QStringList& files, const QPointF& lonLat, const QUuid& onFiche) {
                if (!onFiche.isNull()) {
                    attachFiles(onFiche, files);
                    m_dock->selectObservation(onFiche);
                    return;
                }
                // Geotagged photos go to their own position, the others where they fell.
                m_mediatheque->importFiles(files, true, lonLat);
            });
}

void ObservatoryFeature::attachFiles(const QUuid& observation, const QStringList& files)
{
    const QString path = m_session->atlasPath();
    if (files.isEmpty() || path.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        const QStringList errors = watcher->result();
        watcher->deleteLater();
        if (!errors.isEmpty())
            showError(errors.join(QLatin1Char('\n')));
        m_dock->refresh();
        m_mediatheque->refresh();
    });
    // Copying, hashing and thumbnails take time: a worker with its own connection does it.
    watcher->setFuture(QtConcurrent::run([path, observation, files] {
        QStringList errors;
        auto store = gis::ObservationStore::open(path);
        if (!store)
            return QStringList{store.error().message()};
        const gis::MediaStore media(path);
        gis::MediaImportOptions options;
        options.attachTo = observation;
        for (const QString& f : files) {
            auto imported = gis::importMedia(*store.value(), media, f, options);
            if (!imported)
                errors << imported.error().message();
            else if (imported.value().media.isImage())
                media.makeThumbnailNow(imported.value().media.sha256);
        }
        return errors;
    }));
}

void ObservatoryFeature::showError(const QString& message)
{
    // Window-modal and not blocking: errors from workers arrive while the user goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Observatory"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("ObservatoryError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool ObservatoryFeature::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ObservatoryFeature::retranslate()
{
    m_menu->setTitle(tr("&Observatory"));
    m_markAction->setText(tr("&Mark observation"));
    m_markAction->setToolTip(tr("Click on the map to place a new observation"));
    m_markLine->setText(tr("Mark observation as &line"));
    m_markLine->setToolTip(tr("Click the vertices of a route or an edge; double-click ends"));
    m_markArea->setText(tr("Mark observation as &area"));
    m_markArea->setToolTip(tr("Click the corners of a site or a zone; double-click ends"));
    m_showDock->setText(tr("Observations panel"));
    m_boundaries->setText(tr("Communes from layer…"));
    m_showMediatheque->setText(tr("Mediatheque panel"));
}

}  // namespace atlas::ui
