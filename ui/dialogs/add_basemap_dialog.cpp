#include "ui/dialogs/add_basemap_dialog.h"

#include "gis/tiles/basemap_layers.h"
#include "gis/tiles/basemap_presets.h"

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

namespace atlas::ui {
namespace {
// Data of the two entries after the presets in the source list.
const QString kCustomXyz = QStringLiteral("xyz");
const QString kMbtiles = QStringLiteral("mbtiles");
}  // namespace

AddBasemapDialog::AddBasemapDialog(QWidget* parent)
    : QDialog(parent), m_source(new QComboBox(this)), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_attribution(new QLineEdit(this)), m_maxZoom(new QSpinBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_note(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add basemap"));
    for (const gis::BasemapPreset& p : gis::basemapPresets())
        m_source->addItem(p.name, p.id);
    m_source->addItem(tr("Other tile service (XYZ URL)"), kCustomXyz);
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
    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tile URL:"), m_url);
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddBasemapDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddBasemapDialog::reject);
    updateFields();
}

void AddBasemapDialog::updateFields()
{
    const QString kind = m_source->currentData().toString();
    const bool custom = kind == kCustomXyz, file = kind == kMbtiles;
    for (QWidget* w : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_maxZoom)})
        w->setEnabled(custom);
    m_attribution->setEnabled(!file);
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
    if (const auto preset = gis::basemapPreset(kind)) {
        m_name->setText(preset->name);
        m_url->setText(preset->spec.url);
        m_attribution->setText(preset->spec.attribution);
        m_maxZoom->setValue(preset->spec.maxZoom);
    } else if (custom) {
        m_name->clear();
        m_url->clear();
        m_attribution->clear();
    }
    m_note->setText(file ? tr("The tiles are read from the file: no network is used.")
                         : tr("Tiles are fetched from the internet when the map shows them and kept on disk, so places already seen still show offline. The attribution is drawn on the map."));
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
    else if (kind == kCustomXyz)
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

void AddBasemapDialog::accept()
{
    if (auto l = layer(); !l) {
        m_error->setText(l.error().message());
        return;
    }
    QDialog::accept();
}

}  // namespace atlas::ui
