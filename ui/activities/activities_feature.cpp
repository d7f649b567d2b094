#include "ui/activities/activities_feature.h"

#include "core/model/wkb_point.h"
#include "core/model/wkb_shapes.h"
#include "gis/crs/point_transform.h"
#include "gis/store/activity_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "ui/activities/activity_overlay.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/activity_form_dialog.h"
#include "ui/docks/activities_dock.h"
#include "ui/observatory/observatory_session.h"
#include "ui/tools/sketch_tool.h"

#include <QMainWindow>
#include <QMessageBox>
#include <cmath>

namespace atlas::ui {

namespace {

// What an activity can be linked to in this atlas, with readable labels.
ActivityLinkChoices linkChoices(gis::ObservationStore* store)
{
    ActivityLinkChoices c;
    if (!store)
        return c;
    if (auto fiches = store->list(gis::ObservationFilter{}))
        for (const core::Observation& o : fiches.value())
            c.fiches << std::pair{o.identity.uuid, o.title(QStringLiteral("fr"))};
    if (auto media = store->listMedia())
        for (const core::MediaItem& m : media.value())
            c.media << std::pair{m.identity.uuid, m.title.isEmpty() ? m.fileName : m.title};
    if (auto publications = gis::PublicationStore(store->database()).list())
        for (const core::Publication& p : publications.value())
            c.publications << std::pair{p.identity.uuid, p.title(QStringLiteral("fr"))};
    return c;
}

}  // namespace

ActivitiesFeature::ActivitiesFeature(ObservatorySession* session, MapCanvas* canvas, QMainWindow* window)
    : QObject(window), m_session(session), m_canvas(canvas), m_window(window),
      m_dock(ActivitiesDock::install(session, window)), m_overlay(new ActivityOverlay(canvas)),
      m_tool(new SketchTool(canvas, ShapeSketch::Shape::Point))
{
    m_tool->setInk(QColor(0x6a, 0x3d, 0x9a));
    connect(m_dock, &ActivitiesDock::reloaded, this, [this] { m_overlay->setActivities(m_dock->activities()); });
    connect(m_dock, &ActivitiesDock::newRequested, this,
            [this] { openForm(core::Activity::create(core::ActivityType::AdviceMission)); });
    connect(m_dock, &ActivitiesDock::editRequested, this, &ActivitiesFeature::openForm);
    connect(m_dock, &ActivitiesDock::removeRequested, this, &ActivitiesFeature::remove);
    connect(m_tool, &SketchTool::sketched, this, &ActivitiesFeature::locationSketched);
    connect(m_tool, &SketchTool::cancelled, this, [this] { m_canvas->setMapTool(nullptr); });
    m_overlay->setActivities(m_dock->activities());
}

ActivityFormDialog* ActivitiesFeature::form() const
{
    return m_form;
}

void ActivitiesFeature::openForm(const core::Activity& activity)
{
    if (m_form) {
        m_form->raise();
        m_form->activateWindow();
        return;
    }
    m_form = new ActivityFormDialog(activity, linkChoices(m_session->store()), m_window);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &ActivityFormDialog::pickRequested, this, &ActivitiesFeature::pickLocation);
    connect(m_form, &QDialog::accepted, this, [this, form = m_form] { save(form->activity()); });
    connect(m_form, &QDialog::finished, this, [this] {
        if (m_canvas->mapTool() == m_tool)
            m_canvas->setMapTool(nullptr);
    });
    m_form->show();
}

bool ActivitiesFeature::save(const core::Activity& activity)
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return false;
    auto saved = gis::ActivityStore(store->database()).save(activity);
    if (!saved) {
        showError(saved.error().message());
        return false;
    }
    m_dock->reload();
    m_dock->selectActivity(saved.value().identity.uuid);
    emit this->saved(saved.value());
    return true;
}

bool ActivitiesFeature::remove(const core::Activity& activity)
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return false;
    if (auto s = gis::ActivityStore(store->database()).remove(activity.identity.uuid); !s) {
        showError(s.error().message());
        return false;
    }
    m_dock->reload();
    return true;
}

void ActivitiesFeature::pickLocation(bool area)
{
    m_tool->setShape(area ? ShapeSketch::Shape::Polygon : ShapeSketch::Shape::Point);
    m_canvas->setMapTool(m_tool);
    m_canvas->setFocus();
}

void ActivitiesFeature::locationSketched(const QList<QPointF>& mapPoints)
{
    m_canvas->setMapTool(nullptr);
    if (!m_form || mapPoints.isEmpty())
        return;
    const gis::CrsTransform toWgs84(m_canvas->mapSettings().crs, QStringLiteral("EPSG:4326"));
    const auto points = gis::transformPoints(toWgs84, mapPoints);
    if (!points) {
        showError(tr("This place cannot be expressed in longitude and latitude (%1).").arg(toWgs84.errorString()));
        return;
    }
    const QList<QPointF>& lonLat = *points;
    const bool area = m_tool->shape() != ShapeSketch::Shape::Point && lonLat.size() >= 3;
    m_form->setLocation(area ? core::polygonWkb(lonLat) : core::pointWkb(lonLat.first().x(), lonLat.first().y()));
    m_form->raise();
}

void ActivitiesFeature::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Activities"), message);
}

}  // namespace atlas::ui
