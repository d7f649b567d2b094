#include "ui/dialogs/add_basemap_dialog.h"

#include "gis/tiles/basemap_layers.h"
#include "gis/tiles/basemap_presets.h"
#include "gis/tiles/tile_service_dataset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {
// Data of the two entries after the presets in the source list.
const QString kCustomXyz = QStringLiteral("xyz");
const QString kMbtiles = QStringLiteral("mbtiles");
const QString kWmts = QStringLiteral("wmts");
}  // namespace

AddBasemapDialog::AddBasemapDialog(QWidget* parent)
    : QDialog(parent), m_source(new QComboBox(this)), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_attribution(new QLineEdit(this)), m_maxZoom(new QSpinBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_wmtsLayer(new QComboBox(this)),
      m_readLayers(new QPushButton(tr("Read layers"), this)), m_note(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add basemap"));
    setMinimumWidth(460);
    for (const gis::BasemapPreset& p : gis::basemapPresets())
        m_source->addItem(p.name, p.id);
    m_source->addItem(tr("Other tile service (XYZ URL)"), kCustomXyz);
    m_source->addItem(tr("WMTS service (capabilities URL)"), kWmts);
    m_source->addItem(tr("MBTiles file (offline)"), kMbtiles);
    m_url->setPlaceholderText(QStringLiteral("https://…/{z}/{x}/{y}.png"));
    m_maxZoom->setRange(0, 24);
    m_maxZoom->setValue(19);
    m_note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* layerRow = new QHBoxLayout;
    layerRow->addWidget(m_wmtsLayer, 1);
    layerRow->addWidget(m_readLayers);
    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("WMTS layer:"), layerRow);
    form->addRow(tr("Attribution:"), m_attribution);
    form->addRow(tr("Deepest zoom level:"), m_maxZoom);
    form->addRow(tr("File:"), fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, &AddBasemapDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, &AddBasemapDialog::browse);
    connect(m_readLayers, &QPushButton::clicked, this, &AddBasemapDialog::readWmtsLayers);
    connect(&m_wmtsRead, &QFutureWatcher<core::Result<QList<gis::WmtsLayerInfo>>>::finished, this,
            &AddBasemapDialog::showWmtsLayers);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddBasemapDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddBasemapDialog::reject);
    updateFields();
}

void AddBasemapDialog::updateEnabled()
{
    const QString kind = m_source->currentData().toString();
    const bool custom = kind == kCustomXyz, file = kind == kMbtiles, wmts = kind == kWmts;
    m_url->setEnabled(custom || wmts);
    m_url->setPlaceholderText(wmts ? QStringLiteral("https://…?SERVICE=WMTS&REQUEST=GetCapabilities")
                                   : QStringLiteral("https://…/{z}/{x}/{y}.png"));
    m_maxZoom->setEnabled(custom);
    m_wmtsLayer->setEnabled(wmts && !m_wmtsLayers.isEmpty());
    m_readLayers->setEnabled(wmts && m_wmtsRead.isFinished());
    m_attribution->setEnabled(!file);
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
    m_note->setText(file ? tr("The tiles are read from the file: no network is used.")
                         : tr("Tiles are fetched from the internet when the map shows them and kept on disk, so places already seen still show offline. The attribution is drawn on the map."));
    // A dialog does not grow for a wrapped label by itself: reserve its lines.
    m_note->setMinimumHeight(m_note->heightForWidth(m_note->width() > 100 ? m_note->width() : 420));
}

void AddBasemapDialog::updateFields()
{
    const QString kind = m_source->currentData().toString();
    if (const auto preset = gis::basemapPreset(kind)) {
        m_name->setText(preset->name);
        m_url->setText(preset->spec.url);
        m_attribution->setText(preset->spec.attribution);
        m_maxZoom->setValue(preset->spec.maxZoom);
    } else if (kind == kCustomXyz || kind == kWmts) {
        m_name->clear();
        m_url->clear();
        m_attribution->clear();
    }
    updateEnabled();
    m_error->clear();
}

void AddBasemapDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("MBTiles file"), m_file->text(),
                                                      tr("MBTiles (*.mbtiles);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

core::Result<core::LayerSpec> AddBasemapDialog::layer() const
{
    const QString kind = m_source->currentData().toString();
    core::Result<core::LayerSpec> result = core::LayerSpec{};
    if (kind == kMbtiles)
        result = gis::mbtilesBasemapLayer(m_file->text().trimmed());
    else if (kind == kWmts) {
        if (m_wmtsLayers.isEmpty() || m_wmtsUrl != m_url->text().trimmed())
            return core::Error{m_url->text().trimmed(), {}, tr("read the service's layers first (Read layers)")};
        result = gis::wmtsBasemapLayer(m_name->text(), m_wmtsUrl, m_wmtsLayers, m_wmtsLayer->currentData().toString(), {},
                                       m_attribution->text());
    } else if (kind == kCustomXyz)
        result = gis::xyzBasemapLayer(m_name->text(), m_url->text().trimmed(), m_attribution->text(), m_maxZoom->value());
    else
        result = gis::presetBasemapLayer(kind);
    if (!result)
        return result;
    core::LayerSpec spec = result.take();
    if (!m_name->text().trimmed().isEmpty())
        spec.name = m_name->text().trimmed();
    if (kind != kMbtiles)
        spec.basemap.attribution = m_attribution->text().trimmed();
    return spec;
}

void AddBasemapDialog::choosePreset(const QString& id)
{
    m_source->setCurrentIndex(m_source->findData(id));
}

void AddBasemapDialog::chooseTileUrl(const QString& url, const QString& attribution)
{
    m_source->setCurrentIndex(m_source->findData(kCustomXyz));
    m_url->setText(url);
    m_attribution->setText(attribution);
}

void AddBasemapDialog::chooseMbtiles(const QString& path)
{
    m_source->setCurrentIndex(m_source->findData(kMbtiles));
    m_file->setText(path);
}

void AddBasemapDialog::chooseWmts(const QString& capabilitiesUrl)
{
    m_source->setCurrentIndex(m_source->findData(kWmts));
    m_url->setText(capabilitiesUrl);
}

void AddBasemapDialog::readWmtsLayers()
{
    if (!m_wmtsRead.isFinished())
        return;
    m_wmtsUrl = m_url->text().trimmed();
    m_wmtsLayers.clear();
    m_wmtsLayer->clear();
    m_readLayers->setEnabled(false);
    m_error->clear();
    m_note->setText(tr("Reading the layers of the service…"));
    // The network answer may take seconds: never on the interface's thread.
    m_wmtsRead.setFuture(QtConcurrent::run(
        [url = m_wmtsUrl, cache = gis::defaultTileCacheDir()] { return gis::fetchWmtsCapabilities(url, cache); }));
}

void AddBasemapDialog::showWmtsLayers()
{
    const auto read = m_wmtsRead.result();
    QString error;
    if (read) {
        m_wmtsLayers = read.value();
        for (const gis::WmtsLayerInfo& l : m_wmtsLayers)
            m_wmtsLayer->addItem(l.title.isEmpty() ? l.identifier : QStringLiteral("%1 (%2)").arg(l.title, l.identifier),
                                 l.identifier);
    } else {
        error = read.error().message();
    }
    updateEnabled();
    m_error->setText(error);
    emit wmtsLayersRead(error);
}

void AddBasemapDialog::accept()
{
    if (auto l = layer(); !l) {
        m_error->setText(l.error().message());
        return;
    }
    QDialog::accept();
}

}  // namespace atlas::ui
