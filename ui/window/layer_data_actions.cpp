#include "ui/window/layer_data_actions.h"

#include "gis/datasource/layers_from_file.h"
#include "gis/formats/vector_export.h"
#include "gis/formats/vector_import.h"
#include "gis/store/owned_layer_schema.h"
#include "ui/attributes/attribute_table_feature.h"
#include "ui/dialogs/export_layer_dialog.h"
#include "ui/dialogs/import_layers_dialog.h"
#include "ui/dialogs/new_layer_dialog.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/progress_task.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace atlas::ui {
namespace {

// The outcome of a worker: a value or the error in words.
struct ImportOutcome {
    QList<gis::ImportedLayer> layers;
    QString error;
};
struct ExportOutcome {
    qint64 written = 0;
    QString error;
};

}  // namespace

LayerDataActions::LayerDataActions(DocumentController* document, LayersDock* layers, AttributeTableFeature* table,
                                   QMainWindow* window)
    : QObject(window), m_document(document), m_layers(layers), m_table(table), m_window(window),
      m_newLayer(new QAction(this)), m_import(new QAction(this)), m_export(new QAction(this))
{
    setObjectName(QStringLiteral("LayerDataActions"));
    m_newLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_newLayer, &QAction::triggered, this, &LayerDataActions::newLayer);
    connect(m_import, &QAction::triggered, this, &LayerDataActions::chooseImport);
    connect(m_export, &QAction::triggered, this, [this] { exportCurrentLayer(); });
    connect(m_layers, &LayersDock::currentLayerChanged, this, &LayerDataActions::updateExport);
    connect(m_document, &DocumentController::layersChanged, this, &LayerDataActions::updateExport);
    connect(m_document, &DocumentController::documentReplaced, this, &LayerDataActions::updateExport);
    window->installEventFilter(this);
    retranslate();
}

void LayerDataActions::populate(QMenu* fileMenu, QAction* after)
{
    const QList<QAction*> actions = fileMenu->actions();
    const int at = int(actions.indexOf(after));
    QAction* before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    fileMenu->insertActions(before, {m_newLayer, m_import, m_export});
}

void LayerDataActions::newLayer()
{
    NewLayerDialog dialog(m_document->document().crs, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    gis::NewLayerRequest request = dialog.request();
    request.atlasPath = m_document->workingPath();
    request.styleIndex = int(m_document->document().layers.size());
    auto created = gis::createOwnedLayer(request);
    if (!created) {
        report(false, created.error().message());
        return;
    }
    m_document->addLayers({created.value()});
    m_layers->selectLayer(created.value().identity.uuid);
    report(true, tr("Layer “%1” created; draw in it with Edit › Add feature.").arg(created.value().name));
}

void LayerDataActions::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import into the atlas"), QString(),
        tr("Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.dxf *.tab *.mif);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LayerDataActions::importFile(const QString& path)
{
    auto specs = gis::layerSpecsFromFile(path, 0);
    if (!specs) {
        report(false, specs.error().message());
        return;
    }
    QStringList vectors;
    for (const core::LayerSpec& spec : specs.value())
        if (spec.kind == core::LayerKind::Vector)
            vectors << (spec.sourceLayer.isEmpty() ? QFileInfo(path).completeBaseName() : spec.sourceLayer);
    if (vectors.isEmpty()) {
        report(false, tr("%1 has no vector layer to import.").arg(QFileInfo(path).fileName()));
        return;
    }
    ImportLayersDialog dialog(path, vectors, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    gis::VectorImportRequest request = dialog.request();
    request.atlasPath = m_document->workingPath();
    request.styleIndex = int(m_document->document().layers.size());
    runWithProgress<ImportOutcome>(
        m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [request](const ProgressReport& progress, const std::atomic<bool>& cancel) mutable {
            request.cancel = &cancel;
            request.progress = [&progress](qint64 done, qint64 total) {
                if (total > 0)
                    progress(double(done) / double(total));
            };
            auto imported = gis::importVectorLayers(request);
            return imported ? ImportOutcome{imported.value(), {}} : ImportOutcome{{}, imported.error().message()};
        },
        [this](const ImportOutcome& outcome, bool cancelled) {
            if (cancelled) {
                report(false, tr("Import cancelled; the atlas is as it was."));
                return;
            }
            if (!outcome.error.isEmpty()) {
                report(false, outcome.error);
                return;
            }
            QList<core::LayerSpec> added;
            QStringList lines;
            for (const gis::ImportedLayer& layer : outcome.layers) {
                added << layer.spec;
                lines << tr("“%1”: %n feature(s)", nullptr, int(layer.featureCount)).arg(layer.spec.name);
                lines << layer.warnings;
            }
            m_document->addLayers(added);
            if (!added.isEmpty())
                m_layers->selectLayer(added.first().identity.uuid);
            report(true, tr("Imported %1").arg(lines.join(QStringLiteral("; "))));
        });
}

void LayerDataActions::exportCurrentLayer(const QString& suggestedPath)
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    if (!layer || layer->kind != core::LayerKind::Vector)
        return;
    const QString source = m_document->dataPath(*layer);
    const QList<qint64> selected = m_table->selectionOf(source, layer->sourceLayer);
    const QString suggestion = suggestedPath.isEmpty() ? QDir::home().filePath(layer->name + QStringLiteral(".gpkg")) : suggestedPath;
    ExportLayerDialog dialog(layer->name, selected, suggestion, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    gis::VectorExportRequest request = dialog.request();
    request.sourcePath = source;
    request.sourceLayer = layer->sourceLayer;
    if (QFileInfo::exists(request.outputPath) &&
        QMessageBox::question(m_window, tr("Export"), tr("%1 exists. Replace it?").arg(request.outputPath)) != QMessageBox::Yes)
        return;
    const QString output = request.outputPath;
    runWithProgress<ExportOutcome>(
        m_window, tr("Exporting %1…").arg(layer->name),
        [request](const ProgressReport& progress, const std::atomic<bool>& cancel) mutable {
            request.cancel = &cancel;
            request.progress = progress;
            auto written = gis::exportVectorLayer(request);
            return written ? ExportOutcome{written.value(), {}} : ExportOutcome{0, written.error().message()};
        },
        [this, output](const ExportOutcome& outcome, bool cancelled) {
            if (cancelled)
                report(false, tr("Export cancelled; no file was written."));
            else if (!outcome.error.isEmpty())
                report(false, outcome.error);
            else
                report(true, tr("%n feature(s) written to %1", nullptr, int(outcome.written)).arg(output));
        });
}

void LayerDataActions::report(bool ok, const QString& message)
{
    if (ok) {
        m_window->statusBar()->showMessage(message, 8000);
    } else {
        // Window-modal and not blocking, like the other errors of long work.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Atlas Territoires"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("LayerDataError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(ok, message);
}

void LayerDataActions::updateExport()
{
    const core::LayerSpec* layer = m_document->document().layer(m_layers->currentLayer());
    m_export->setEnabled(layer && layer->kind == core::LayerKind::Vector);
    m_export->setToolTip(m_export->isEnabled() ? QString() : tr("Choose a vector layer in the Layers panel first."));
}

bool LayerDataActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LayerDataActions::retranslate()
{
    m_newLayer->setText(tr("&New layer…"));
    m_import->setText(tr("&Import into atlas…"));
    m_export->setText(tr("E&xport layer…"));
    updateExport();
}

}  // namespace atlas::ui
