#include "ui/dialogs/export_layer_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas::ui {

ExportLayerDialog::ExportLayerDialog(const QString& layerName, const QList<qint64>& selected,
                                     const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_selected(selected), m_path(new QLineEdit(suggestedPath)), m_crs(new QLineEdit),
      m_onlySelected(new QCheckBox(tr("Selected features only (%n)", nullptr, int(selected.size())))),
      m_csvXY(new QCheckBox(tr("CSV: X and Y columns instead of WKT (points)")))
{
    setObjectName(QStringLiteral("ExportLayerDialog"));
    setWindowTitle(tr("Export %1").arg(layerName));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_crs->setObjectName(QStringLiteral("exportCrs"));
    m_crs->setPlaceholderText(tr("keep the layer's CRS (or e.g. EPSG:4326)"));
    m_onlySelected->setEnabled(!selected.isEmpty());
    m_onlySelected->setChecked(!selected.isEmpty());
    auto* browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ExportLayerDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportLayerDialog::update);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("CRS"), m_crs);
    form->addRow(QString(), m_onlySelected);
    form->addRow(QString(), m_csvXY);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update();
    resize(520, 0);
}

void ExportLayerDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), m_path->text(),
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;CSV (*.csv);;FlatGeobuf (*.fgb);;DXF (*.dxf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportLayerDialog::update()
{
    const QString path = m_path->text().trimmed();
    m_csvXY->setEnabled(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    // The extension names the format: one we cannot write is refused before starting.
    const bool known = !gis::exportDriverFor(path).isEmpty();
    m_ok->setEnabled(known);
    m_ok->setToolTip(known ? QString() : tr("Name the file with .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf"));
}

gis::VectorExportRequest ExportLayerDialog::request() const
{
    gis::VectorExportRequest r;
    r.outputPath = m_path->text().trimmed();
    r.targetCrs = m_crs->text().trimmed();
    r.csvAsXY = m_csvXY->isEnabled() && m_csvXY->isChecked();
    r.overwrite = true;  // the file dialog asked already
    if (m_onlySelected->isChecked())
        r.featureIds = m_selected;
    return r;
}

}  // namespace atlas::ui
