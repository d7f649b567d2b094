#include "ui/document/document_controller.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/store/atlas_store.h"
#include "gis/tiles/basemap_layers.h"

#include <QFileInfo>

namespace atlas::ui {
namespace {
// Nord, Pas-de-Calais and West Flanders, in degrees.
const core::Extent kTerritoryWgs84{1.5, 49.95, 4.2, 51.45};
}  // namespace

DocumentController::DocumentController(QObject* parent) : QObject(parent) {}

DocumentController::~DocumentController() = default;

core::Status DocumentController::newAtlas(const QString& crs)
{
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid())
        return core::Error{scratch->path(), {}, tr("cannot create a temporary folder")};
    core::AtlasDocument doc;
    doc.crs = crs;
    doc.title = tr("Untitled atlas");
    // A new atlas opens on the cross-border territory rather than on an empty plane.
    const gis::CrsTransform fromWgs84(QStringLiteral("EPSG:4326"), crs);
    doc.initialView = fromWgs84.transformExtent(kTerritoryWgs84);
    const QString path = scratch->filePath(QStringLiteral("untitled.atlas"));
    if (auto s = gis::createAtlas(path, doc); !s)
        return s;
    m_scratch = std::move(scratch);
    m_doc = doc;
    m_workingPath = path;
    m_filePath.clear();
    setModified(false);
    emit filePathChanged(m_filePath);
    emit documentReplaced();
    emit crsChanged(m_doc.crs);
    return core::Done{};
}

core::Status DocumentController::open(const QString& path)
{
    auto doc = gis::loadAtlas(path);
    if (!doc)
        return doc.error();
    m_doc = doc.take();
    m_scratch.reset();
    m_workingPath = m_filePath = QFileInfo(path).absoluteFilePath();
    setModified(false);
    emit filePathChanged(m_filePath);
    emit documentReplaced();
    emit crsChanged(m_doc.crs);
    return core::Done{};
}

core::Status DocumentController::save()
{
    if (isUntitled())
        return core::Error{{}, {}, tr("the atlas has no file name yet")};
    if (auto s = gis::saveAtlas(m_filePath, m_doc); !s)
        return s;
    setModified(false);
    return core::Done{};
}

core::Status DocumentController::saveAs(const QString& path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (auto s = gis::saveAtlasAs(m_workingPath, target, m_doc); !s)
        return s;
    emit copiedTo(m_workingPath, target);
    m_workingPath = m_filePath = target;
    m_scratch.reset();
    setModified(false);
    emit filePathChanged(m_filePath);
    emit layersChanged();  // owned tables now live in the new file
    return core::Done{};
}

core::Result<int> DocumentController::addLayersFromFile(const QString& path)
{
    auto specs = gis::layerSpecsFromFile(path, int(m_doc.layers.size()));
    if (!specs)
        return specs.error();
    m_doc.layers << specs.value();
    markModified();
    emit layersChanged();
    return int(specs.value().size());
}

int DocumentController::addBasemap(const core::LayerSpec& basemap)
{
    const int index = gis::insertBasemap(m_doc, basemap);
    markModified();
    emit layersChanged();
    return index;
}

void DocumentController::addLayers(const QList<core::LayerSpec>& layers)
{
    if (layers.isEmpty())
        return;
    m_doc.layers << layers;
    markModified();
    emit layersChanged();
}

void DocumentController::removeLayer(const QUuid& id)
{
    if (m_doc.removeLayer(id)) {
        markModified();
        emit layersChanged();
    }
}

void DocumentController::moveLayer(const QUuid& id, int toIndex)
{
    if (m_doc.indexOfLayer(id) == toIndex)
        return;
    if (m_doc.moveLayer(id, toIndex)) {
        markModified();
        emit layersChanged();
    }
}

void DocumentController::setLayerVisible(const QUuid& id, bool visible)
{
    core::LayerSpec* l = m_doc.layer(id);
    if (!l || l->visible == visible)
        return;
    l->visible = visible;
    markModified();
    emit layersChanged();
}

void DocumentController::setLayerStyle(const QUuid& id, const core::LayerStyle& style)
{
    core::LayerSpec* l = m_doc.layer(id);
    if (!l || l->style == style)
        return;
    l->style = style;
    markModified();
    emit layersChanged();
}

void DocumentController::setCrs(const QString& crs)
{
    if (crs == m_doc.crs)
        return;
    m_doc.crs = crs;
    m_doc.initialView = core::Extent::null();
    markModified();
    emit crsChanged(crs);
}

void DocumentController::setInitialView(const core::Extent& extent)
{
    if (extent == m_doc.initialView)
        return;
    m_doc.initialView = extent;
    markModified();
}

void DocumentController::markModified()
{
    setModified(true);
}

void DocumentController::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

}  // namespace atlas::ui
