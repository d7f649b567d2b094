#include "ui/dialogs/layer_style_dialog.h"

#include "ui/dialogs/raster_style_editor.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace atlas::ui {

LayerStyleDialog::LayerStyleDialog(const QString& layerName, const core::LayerStyle& initial,
                                   const QStringList& fields, const ThematicStyleEditor::LayerData& data,
                                   QWidget* parent)
    : QDialog(parent), m_style(initial)
{
    setWindowTitle(tr("Style of “%1”").arg(layerName));
    auto* form = new QFormLayout(this);
    m_opacity = new QSpinBox(this);
    m_opacity->setRange(0, 100);
    m_opacity->setSuffix(QStringLiteral(" %"));
    m_opacity->setValue(int(m_style.opacity * 100 + 0.5));
    if (data.kind == core::LayerKind::Raster) {
        form->addRow(tr("Opacity"), m_opacity);
        m_raster = new RasterStyleEditor(m_style.raster, data.path, this);
        form->addRow(m_raster);
    } else {
        addVectorRows(form, fields, data);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { emit applied(style()); });
    form->addRow(buttons);
}

void LayerStyleDialog::addVectorRows(QFormLayout* form, const QStringList& fields,
                                     const ThematicStyleEditor::LayerData& data)
{
    m_fill = new QPushButton(this);
    m_stroke = new QPushButton(this);
    showColour(m_fill, m_style.fill);
    showColour(m_stroke, m_style.stroke);
    connect(m_fill, &QPushButton::clicked, this, [this] { pickColour(m_fill, m_style.fill); });
    connect(m_stroke, &QPushButton::clicked, this, [this] { pickColour(m_stroke, m_style.stroke); });

    m_strokeWidth = new QDoubleSpinBox(this);
    m_strokeWidth->setRange(0, 20);
    m_strokeWidth->setSingleStep(0.2);
    m_strokeWidth->setSuffix(tr(" px"));
    m_strokeWidth->setValue(m_style.strokeWidth);

    m_markerSize = new QDoubleSpinBox(this);
    m_markerSize->setRange(1, 64);
    m_markerSize->setSuffix(tr(" px"));
    m_markerSize->setValue(m_style.markerSize);

    m_marker = new QComboBox(this);
    m_marker->addItems({tr("Circle"), tr("Square"), tr("Triangle"), tr("Diamond")});
    m_marker->setCurrentIndex(int(m_style.marker));

    m_label = new QComboBox(this);
    m_label->addItem(tr("No label"), QString());
    for (const QString& f : fields)
        m_label->addItem(f, f);
    m_label->setCurrentIndex(std::max(0, m_label->findData(m_style.labelField)));

    form->addRow(tr("Fill colour"), m_fill);
    form->addRow(tr("Stroke colour"), m_stroke);
    form->addRow(tr("Stroke width"), m_strokeWidth);
    form->addRow(tr("Marker"), m_marker);
    form->addRow(tr("Marker size"), m_markerSize);
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(tr("Label"), m_label);
    m_thematic = new ThematicStyleEditor(m_style.thematic, fields, data, this);
    form->addRow(m_thematic);
}

core::LayerStyle LayerStyleDialog::style() const
{
    core::LayerStyle s = m_style;
    s.opacity = m_opacity->value() / 100.0;
    if (m_raster) {
        s.raster = m_raster->style();
        return s;
    }
    s.strokeWidth = m_strokeWidth->value();
    s.markerSize = m_markerSize->value();
    s.marker = core::MarkerShape(m_marker->currentIndex());
    s.labelField = m_label->currentData().toString();
    s.thematic = m_thematic->classification();
    return s;
}

void LayerStyleDialog::pickColour(QPushButton* button, QColor& colour)
{
    const QColor c = QColorDialog::getColor(colour, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    colour = c;
    showColour(button, c);
}

void LayerStyleDialog::showColour(QPushButton* button, const QColor& colour)
{
    QPixmap swatch(32, 16);
    swatch.fill(colour);
    button->setIcon(QIcon(swatch));
    button->setText(colour.name(colour.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
}

}  // namespace atlas::ui
