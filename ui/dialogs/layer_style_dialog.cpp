#include "ui/dialogs/layer_style_dialog.h"

#include "ui/dialogs/marker_icon_combo.h"
#include "ui/dialogs/raster_style_editor.h"
#include "ui/dialogs/scale_range_edit.h"

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
        addLayerRows(form);
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
    m_strokeWidth->setValue(m_style.strokeWidth);

    m_markerSize = new QDoubleSpinBox(this);
    m_markerSize->setRange(0.5, 64);
    m_markerSize->setValue(m_style.markerSize);

    m_dash = new QComboBox(this);  // in core::StrokeDash order
    m_dash->addItems({tr("Solid"), tr("Dashed"), tr("Dotted"), tr("Dash-dot")});
    m_dash->setCurrentIndex(int(m_style.dash));

    m_unit = new QComboBox(this);  // in core::SizeUnit order
    m_unit->addItems({tr("Pixels"), tr("Millimetres")});
    m_unit->setToolTip(tr("Pixels are 1/96 inch, so sizes look the same on screen and on paper"));
    m_unit->setCurrentIndex(int(m_style.sizeUnit));
    m_shownUnit = m_style.sizeUnit;
    setSizeUnit(m_style.sizeUnit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int i) { setSizeUnit(core::SizeUnit(i)); });

    m_marker = new QComboBox(this);
    m_marker->addItems({tr("Circle"), tr("Square"), tr("Triangle"), tr("Diamond")});
    m_marker->setCurrentIndex(int(m_style.marker));
    m_icon = new MarkerIconCombo(m_style.markerSvg, this);

    m_label = new QComboBox(this);
    m_label->addItem(tr("No label"), QString());
    for (const QString& f : fields)
        m_label->addItem(f, f);
    m_label->setCurrentIndex(std::max(0, m_label->findData(m_style.labelField)));
    m_labelPriority = new QSpinBox(this);
    m_labelPriority->setRange(-100, 100);  // as atlas-cli takes it
    m_labelPriority->setValue(m_style.labelPriority);
    m_labelPriority->setToolTip(tr("Where labels of two layers collide, the higher priority is shown"));
    m_labelScales = new ScaleRangeEdit(m_style.labelScales, this);

    form->addRow(tr("Fill colour"), m_fill);
    form->addRow(tr("Stroke colour"), m_stroke);
    form->addRow(tr("Stroke width"), m_strokeWidth);
    form->addRow(tr("Stroke style"), m_dash);
    form->addRow(tr("Marker"), m_marker);
    form->addRow(tr("Marker icon"), m_icon);
    form->addRow(tr("Marker size"), m_markerSize);
    form->addRow(tr("Size unit"), m_unit);
    addLayerRows(form);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Label priority"), m_labelPriority);
    form->addRow(tr("Labels shown"), m_labelScales);
    m_thematic = new ThematicStyleEditor(m_style.thematic, fields, data, this);
    form->addRow(m_thematic);
}

void LayerStyleDialog::addLayerRows(QFormLayout* form)
{
    m_blend = new QComboBox(this);  // in core::BlendMode order
    m_blend->addItems({tr("Normal"), tr("Multiply"), tr("Screen"), tr("Overlay"), tr("Darken"), tr("Lighten")});
    m_blend->setToolTip(tr("How the layer is laid over the layers below it"));
    m_blend->setCurrentIndex(int(m_style.blend));
    m_scales = new ScaleRangeEdit(m_style.visibleScales, this);
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(tr("Blending"), m_blend);
    form->addRow(tr("Layer shown"), m_scales);
}

void LayerStyleDialog::setSizeUnit(core::SizeUnit unit)
{
    m_strokeWidth->setDecimals(unit == core::SizeUnit::Millimetres ? 2 : 1);
    if (unit != m_shownUnit) {
        const double factor = unit == core::SizeUnit::Millimetres ? 25.4 / 96.0 : 96.0 / 25.4;
        m_strokeWidth->setValue(m_strokeWidth->value() * factor);
        m_markerSize->setValue(m_markerSize->value() * factor);
        m_shownUnit = unit;
    }
    const QString suffix = unit == core::SizeUnit::Millimetres ? tr(" mm") : tr(" px");
    m_strokeWidth->setSuffix(suffix);
    m_markerSize->setSuffix(suffix);
}

core::LayerStyle LayerStyleDialog::style() const
{
    core::LayerStyle s = m_style;
    s.opacity = m_opacity->value() / 100.0;
    s.blend = core::BlendMode(m_blend->currentIndex());
    s.visibleScales = m_scales->range();
    if (m_raster) {
        s.raster = m_raster->style();
        return s;
    }
    s.strokeWidth = m_strokeWidth->value();
    s.markerSize = m_markerSize->value();
    s.marker = core::MarkerShape(m_marker->currentIndex());
    s.markerSvg = m_icon->path();
    s.dash = core::StrokeDash(m_dash->currentIndex());
    s.sizeUnit = core::SizeUnit(m_unit->currentIndex());
    s.labelField = m_label->currentData().toString();
    s.labelPriority = m_labelPriority->value();
    s.labelScales = m_labelScales->range();
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
