#include "ui/window/file_actions.h"

#include "gis/store/atlas_store.h"
#include "ui/canvas/map_canvas.h"
#include "ui/document/document_controller.h"
#include "ui/document/recent_files.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace atlas::ui {

FileActions::FileActions(DocumentController* controller, MapCanvas* canvas, QWidget* window)
    : QObject(window), m_controller(controller), m_canvas(canvas), m_window(window)
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    m_recent = new QMenu(window);
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), QString(), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_addLayer = new QAction(QIcon(QStringLiteral(":/icons/add-layer.svg")), QString(), this);
    m_addLayer->setObjectName(QStringLiteral("addLayerAction"));
    m_addLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);

    connect(m_new, &QAction::triggered, this, &FileActions::newAtlas);
    connect(m_open, &QAction::triggered, this, &FileActions::openDialog);
    connect(m_save, &QAction::triggered, this, &FileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(m_addLayer, &QAction::triggered, this, &FileActions::addLayerDialog);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    connect(m_recent, &QMenu::aboutToShow, this, &FileActions::rebuildRecentMenu);
    retranslate();
}

void FileActions::populate(QMenu* menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addMenu(m_recent);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_addLayer);
    menu->addSeparator();
    menu->addAction(m_quit);
}

void FileActions::retranslate()
{
    m_new->setText(tr("&New atlas"));
    m_open->setText(tr("&Open atlas…"));
    m_recent->setTitle(tr("Open &recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &as…"));
    m_addLayer->setText(tr("&Add layer…"));
    m_quit->setText(tr("&Quit"));
}

void FileActions::reportError(const QString& action, const core::Error& error)
{
    const QString message = QStringLiteral("%1\n\n%2").arg(action, error.message());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Atlas Territoires"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // window-modal and non-blocking
    emit errorReported(error.message());
}

void FileActions::newAtlas()
{
    if (!maybeSave())
        return;
    if (auto s = m_controller->newAtlas(m_controller->document().crs); !s)
        reportError(tr("Cannot create a new atlas."), s.error());
}

void FileActions::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open atlas"), QString(),
                                                      tr("Atlases (*.atlas);;All files (*)"));
    if (!path.isEmpty())
        openAtlas(path);
}

bool FileActions::openAtlas(const QString& path)
{
    if (auto s = m_controller->open(path); !s) {
        reportError(tr("Cannot open the atlas."), s.error());
        return false;
    }
    addRecentFile(path);
    return true;
}

void FileActions::openOrAddFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (QFileInfo(path).suffix() == QLatin1String("atlas") || gis::isAtlasFile(path)) {
            if (maybeSave())
                openAtlas(path);
            continue;
        }
        auto added = m_controller->addLayersFromFile(path);
        if (!added)
            reportError(tr("Cannot add this file as a layer."), added.error());
    }
}

void FileActions::addLayerDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Add layer"), QString(),
        tr("Geodata (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;"
           "All files (*)"));
    openOrAddFiles(paths);
}

bool FileActions::maybeSave()
{
    if (!m_controller->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("The atlas has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

bool FileActions::save()
{
    if (m_controller->isUntitled())
        return saveAs();
    m_controller->setInitialView(m_canvas->extent());
    if (auto s = m_controller->save(); !s) {
        reportError(tr("Cannot save the atlas."), s.error());
        return false;
    }
    return true;
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save atlas as"), m_controller->filePath(),
                                                tr("Atlases (*.atlas)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".atlas");
    m_controller->setInitialView(m_canvas->extent());
    if (auto s = m_controller->saveAs(path); !s) {
        reportError(tr("Cannot save the atlas."), s.error());
        return false;
    }
    addRecentFile(path);
    return true;
}

void FileActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files) {
        QAction* a = m_recent->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openAtlas(f);
        });
    }
    if (files.isEmpty())
        m_recent->addAction(tr("No recent atlas"))->setEnabled(false);
    else {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("Clear the list")), &QAction::triggered, this, [] { clearRecentFiles(); });
    }
}

}  // namespace atlas::ui
