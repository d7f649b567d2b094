#include "ui/dialogs/export_web_dialog.h"

#include "gis/formats/web_bundle_exporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

namespace {

QString defaultOutputDir(const QString& atlasPath)
{
    const QFileInfo info(atlasPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-web");
}

}  // namespace

ExportWebDialog::ExportWebDialog(const core::AtlasDocument& doc, const QString& atlasPath, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_atlasPath(atlasPath), m_title(new QLineEdit(doc.title, this)),
      m_author(new QLineEdit(this)), m_licence(new QLineEdit(this)), m_attribution(new QLineEdit(this)), m_layers(new QListWidget(this)),
      m_language(new QComboBox(this)), m_minZoom(new QSpinBox(this)), m_maxZoom(new QSpinBox(this)),
      m_tilesAbove(new QSpinBox(this)), m_basemap(new QCheckBox(this)), m_zip(new QCheckBox(this)),
      m_allFiches(new QCheckBox(this)), m_keepPhotoMetadata(new QCheckBox(this)),
      m_outputDir(new QLineEdit(defaultOutputDir(atlasPath), this)),
      m_browse(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ExportWebDialog"));
    m_minZoom->setObjectName(QStringLiteral("minZoom"));
    m_maxZoom->setObjectName(QStringLiteral("maxZoom"));
    m_tilesAbove->setObjectName(QStringLiteral("tilesAbove"));
    m_pool.setMaxThreadCount(1);
    const gis::WebBundleOptions defaults;
    // Top layer first, as in the layers panel.
    for (auto it = doc.layers.crbegin(); it != doc.layers.crend(); ++it) {
        auto* item = new QListWidgetItem(it->name, m_layers);
        item->setData(Qt::UserRole, it->identity.uuid);
        item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
    }
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (QSpinBox* zoom : {m_minZoom, m_maxZoom})
        zoom->setRange(0, 18);
    m_minZoom->setValue(defaults.minZoom);
    m_maxZoom->setValue(defaults.maxZoom);
    m_tilesAbove->setRange(0, 100'000'000);
    m_tilesAbove->setSingleStep(1000);
    m_tilesAbove->setValue(int(defaults.tilesAbove));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputDir, 1);
    folderRow->addWidget(m_browse);
    auto* zooms = new QHBoxLayout;
    zooms->addWidget(m_minZoom);
    zooms->addWidget(new QLabel(QStringLiteral("–"), this));
    zooms->addWidget(m_maxZoom);
    zooms->addStretch(1);

    auto* form = new QFormLayout;
    const auto row = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_title);
    row(m_author);
    row(m_licence);
    row(m_attribution);
    row(m_layers);
    row(m_language);
    auto* zoomBox = new QWidget(this);
    zoomBox->setLayout(zooms);
    zooms->setContentsMargins(0, 0, 0, 0);
    row(zoomBox);
    row(m_tilesAbove);
    form->addRow(m_basemap);
    form->addRow(m_allFiches);
    form->addRow(m_keepPhotoMetadata);
    form->addRow(m_zip);
    auto* folderBox = new QWidget(this);
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderBox->setLayout(folderRow);
    row(folderBox);

    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportWebDialog::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &ExportWebDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportWebDialog::reject);
    connect(m_minZoom, &QSpinBox::valueChanged, this, [this](int v) { m_maxZoom->setValue(std::max(v, m_maxZoom->value())); });
    connect(m_maxZoom, &QSpinBox::valueChanged, this, [this](int v) { m_minZoom->setValue(std::min(v, m_minZoom->value())); });
    connect(&m_watcher, &QFutureWatcher<ExportWebOutcome>::finished, this, &ExportWebDialog::onFinished);
    retranslate();
}

ExportWebDialog::~ExportWebDialog()
{
    // Never leave a worker writing into a bundle of a dialog that is gone.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

gis::WebBundleOptions ExportWebDialog::options() const
{
    gis::WebBundleOptions o;
    o.outputDir = m_outputDir->text().trimmed();
    o.title = m_title->text().trimmed();
    o.author = m_author->text().trimmed();
    o.licence = m_licence->text().trimmed();
    o.attribution = m_attribution->text().trimmed();
    o.stripPhotoMetadata = !m_keepPhotoMetadata->isChecked();
    o.language = m_language->currentData().toString();
    o.onlineBasemap = m_basemap->isChecked();
    o.zip = m_zip->isChecked();
    o.onlyPublished = !m_allFiches->isChecked();
    o.minZoom = m_minZoom->value();
    o.maxZoom = m_maxZoom->value();
    o.tilesAbove = m_tilesAbove->value();
    for (int i = 0; i < m_layers->count(); ++i)
        if (m_layers->item(i)->checkState() == Qt::Checked)
            o.layers << m_layers->item(i)->data(Qt::UserRole).toUuid();
    if (o.layers.isEmpty())
        o.layers << QUuid();  // nothing chosen: no layer, not "the visible ones"
    return o;
}

void ExportWebDialog::setOutputDir(const QString& dir)
{
    m_outputDir->setText(dir);
}

void ExportWebDialog::retranslate()
{
    setWindowTitle(tr("Export interactive map"));
    const QStringList labels = {tr("&Title:"),       tr("&Author:"),        tr("&Licence:"),
                                tr("&Sources:"),     tr("La&yers:"),        tr("Page &language:"),
                                tr("Tile &zoom levels:"), tr("Ti&les above:"), tr("&Folder:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_tilesAbove->setSuffix(tr(" features"));
    m_tilesAbove->setToolTip(tr("Layers with more features are drawn as images (tiles) for the chosen zoom levels."));
    m_basemap->setText(tr("OpenStreetMap &basemap (the page then loads map tiles from the internet)"));
    m_allFiches->setText(tr("Include &unpublished and non-public fiches"));
    m_keepPhotoMetadata->setText(tr("Keep the photos' &metadata (EXIF: camera, GPS position)"));
    m_zip->setText(tr("Also make a .&zip file"));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
}

void ExportWebDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportWebDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the interactive map"),
                                                          QFileInfo(m_outputDir->text()).absolutePath());
    if (!dir.isEmpty())
        m_outputDir->setText(dir);
}

void ExportWebDialog::setRunning(bool running)
{
    const std::initializer_list<QWidget*> form = {m_title,      m_author,  m_licence, m_attribution, m_layers,
                                                  m_language,   m_minZoom, m_maxZoom, m_tilesAbove,  m_basemap,
                                                  m_zip,        m_allFiches, m_keepPhotoMetadata, m_outputDir,
                                                  m_browse,     m_export};
    for (QWidget* w : form)
        w->setEnabled(!running);
}

void ExportWebDialog::startExport()
{
    if (isRunning())
        return;
    const gis::WebBundleOptions o = options();
    if (o.outputDir.isEmpty()) {
        m_status->setText(tr("Choose the folder the interactive map is written to."));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Exporting…"));
    const QPointer<ExportWebDialog> self(this);
    // Progress is reported from the worker; hop to the UI thread and drop it if we are gone.
    const gis::WebBundleProgress progress = [self](int done, int total, const QString& step) {
        QMetaObject::invokeMethod(
            self.data(), [self, done, total, step] { if (self) self->onProgress(done, total, step); },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [doc = m_doc, path = m_atlasPath, o, progress, cancel = m_cancel] {
        auto result = gis::exportWebBundle(doc, path, o, progress, *cancel);
        ExportWebOutcome outcome;
        outcome.ok = result.ok();
        if (result.ok())
            outcome.report = result.value();
        else
            outcome.error = result.error();
        return outcome;
    }));
}

void ExportWebDialog::onProgress(int done, int total, const QString& step)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::min(done, total));
    m_status->setText(step);
}

void ExportWebDialog::reject()
{
    if (isRunning()) {
        // Cancel first; the dialog closes once the worker has stopped.
        m_cancel->store(true);
        m_closeWhenDone = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportWebDialog::onFinished()
{
    const ExportWebOutcome outcome = m_watcher.result();
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    const bool cancelled = m_cancel && m_cancel->load();
    QString message;
    if (outcome.ok) {
        const gis::WebBundleReport& r = outcome.report;
        message = tr("Written %1 (%2 MiB): %n feature(s)", nullptr, int(r.features))
                      .arg(QDir::toNativeSeparators(r.indexPath), QString::number(r.bytes / 1048576.0, 'f', 1));
        if (r.tiles > 0)
            message += tr(", %n tile(s)", nullptr, r.tiles);
        if (!r.zipPath.isEmpty())
            message += QStringLiteral("\n") + tr("Zip: %1").arg(QDir::toNativeSeparators(r.zipPath));
        for (const QString& w : r.warnings)
            message += QStringLiteral("\n") + w;
    } else if (!cancelled) {
        message = tr("The export failed: %1").arg(outcome.error.message());
    } else {
        message = tr("Export cancelled; nothing was changed.");
    }
    m_status->setText(message);
    emit exportFinished(outcome.ok, outcome.ok || !cancelled ? message : QString());
    if (m_closeWhenDone)
        QDialog::reject();
}

}  // namespace atlas::ui
