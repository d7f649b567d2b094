#include "ui/dialogs/import_layers_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas::ui {

ImportLayersDialog::ImportLayersDialog(const QString& file, const QStringList& layers, QWidget* parent)
    : QDialog(parent), m_file(file), m_layers(new QListWidget), m_name(new QLineEdit), m_crs(new QLineEdit),
      m_encoding(new QComboBox)
{
    setObjectName(QStringLiteral("ImportLayersDialog"));
    setWindowTitle(tr("Import into the atlas — %1").arg(QFileInfo(file).fileName()));
    m_name->setObjectName(QStringLiteral("importName"));
    m_crs->setObjectName(QStringLiteral("importCrs"));
    for (const QString& layer : layers) {
        auto* item = new QListWidgetItem(layer, m_layers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_name->setPlaceholderText(layers.size() == 1 ? layers.first() : tr("the name of each layer"));
    m_name->setEnabled(layers.size() == 1);
    m_crs->setPlaceholderText(tr("keep the file's CRS (or e.g. EPSG:2154)"));
    m_encoding->addItem(tr("Automatic (.cpg, code page, else UTF-8 or Latin-1)"), QString());
    for (const char* encoding : {"UTF-8", "ISO-8859-1", "CP1252", "ISO-8859-15"})
        m_encoding->addItem(QLatin1String(encoding), QLatin1String(encoding));

    auto* form = new QFormLayout;
    form->addRow(tr("Layers"), m_layers);
    form->addRow(tr("New layer name"), m_name);
    form->addRow(tr("Transform to CRS"), m_crs);
    form->addRow(tr("Text encoding"), m_encoding);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_layers, &QListWidget::itemChanged, this, [this, ok = buttons->button(QDialogButtonBox::Ok)] {
        ok->setEnabled(!request().layers.isEmpty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

gis::VectorImportRequest ImportLayersDialog::request() const
{
    gis::VectorImportRequest r;
    r.sourcePath = m_file;
    for (int i = 0; i < m_layers->count(); ++i)
        if (m_layers->item(i)->checkState() == Qt::Checked)
            r.layers << m_layers->item(i)->text();
    if (m_layers->count() == 1)
        r.tableName = m_name->text().trimmed();
    r.targetCrs = m_crs->text().trimmed();
    r.encoding = m_encoding->currentData().toString();
    return r;
}

}  // namespace atlas::ui
