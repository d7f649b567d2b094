#include "ui/dialogs/thematic_style_editor.h"

#include "core/model/colour_ramp.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/layer_classifier.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

QIcon colourIcon(const QColor& colour)
{
    QPixmap swatch(24, 14);
    swatch.fill(colour);
    return QIcon(swatch);
}

}  // namespace

ThematicStyleEditor::ThematicStyleEditor(const core::StyleClassification& initial, const QStringList& fields,
                                         LayerData data, QWidget* parent)
    : QWidget(parent), m_data(std::move(data)), m_current(initial)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Single symbol"), int(core::ClassificationKind::Single));
    m_kind->addItem(tr("Categorized"), int(core::ClassificationKind::Categorized));
    m_kind->addItem(tr("Graduated"), int(core::ClassificationKind::Graduated));
    m_field = new QComboBox(this);
    m_field->addItems(fields);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Equal interval"), int(core::ClassMethod::EqualInterval));
    m_method->addItem(tr("Quantiles"), int(core::ClassMethod::Quantile));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(core::ClassMethod::Jenks));
    m_classes = new QSpinBox(this);
    m_classes->setRange(1, 32);
    m_classes->setValue(initial.classes.isEmpty() ? 5 : int(initial.classes.size()));
    m_ramp = new QComboBox(this);
    m_classify = new QPushButton(tr("Classify"), this);
    m_rows = new QTreeWidget(this);
    m_rows->setHeaderLabels({tr("Value"), tr("Label")});
    m_rows->setRootIsDecorated(false);
    m_rows->setMinimumHeight(140);
    m_rows->setToolTip(tr("Double-click a colour to change it"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    form->addRow(tr("Colour by"), m_kind);
    form->addRow(tr("Field"), m_field);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Classes"), m_classes);
    form->addRow(tr("Colour ramp"), m_ramp);
    form->addRow(QString(), m_classify);
    layout->addWidget(m_rows);
    layout->addWidget(m_status);

    m_kind->setCurrentIndex(m_kind->findData(int(initial.kind)));
    if (!initial.field.isEmpty())
        m_field->setCurrentText(initial.field);
    m_method->setCurrentIndex(m_method->findData(int(initial.method)));
    kindChanged();
    if (!initial.ramp.isEmpty())
        m_ramp->setCurrentText(initial.ramp);
    showRows();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ThematicStyleEditor::kindChanged);
    connect(m_classify, &QPushButton::clicked, this, &ThematicStyleEditor::classify);
    connect(m_rows, &QTreeWidget::itemDoubleClicked, this, &ThematicStyleEditor::editColour);
}

void ThematicStyleEditor::kindChanged()
{
    const auto kind = core::ClassificationKind(m_kind->currentData().toInt());
    const bool graduated = kind == core::ClassificationKind::Graduated;
    const bool thematic = kind != core::ClassificationKind::Single;
    // Categories want distinct colours, classes an ordered ramp.
    const QString keep = m_ramp->currentText();
    m_ramp->clear();
    m_ramp->addItems(graduated ? core::sequentialRampNames() : core::qualitativeRampNames());
    if (m_ramp->findText(keep) >= 0)
        m_ramp->setCurrentText(keep);
    for (QWidget* w : std::initializer_list<QWidget*>{m_field, m_ramp, m_classify, m_rows})
        w->setEnabled(thematic && m_field->count() > 0);
    m_method->setEnabled(graduated);
    m_classes->setEnabled(graduated);
    if (thematic && m_current.kind != kind)
        m_current = {};  // the old rows belong to the other kind
    showRows();
}

void ThematicStyleEditor::classify()
{
    const auto kind = core::ClassificationKind(m_kind->currentData().toInt());
    if (kind == core::ClassificationKind::Single || m_field->currentText().isEmpty())
        return;
    const QString field = m_field->currentText(), ramp = m_ramp->currentText();
    const auto method = core::ClassMethod(m_method->currentData().toInt());
    const int classes = m_classes->value();
    const LayerData data = m_data;
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the values of “%1”…").arg(field));
    m_classify->setEnabled(false);
    auto* watcher = new QFutureWatcher<core::Result<core::StyleClassification>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_classify->setEnabled(true);
        const core::Result<core::StyleClassification> r = watcher->result();
        if (!r) {
            m_status->setText(r.error().message());
            emit classified(false);
            return;
        }
        m_current = r.value();
        m_status->clear();
        showRows();
        emit classified(true);
    });
    // Reading every value of a big layer takes a while: off the UI thread, with its own source.
    watcher->setFuture(QtConcurrent::run([data, kind, field, ramp, method, classes]() -> core::Result<core::StyleClassification> {
        auto source = gis::openLayerSource(data.path, data.layerName, data.kind);
        if (!source)
            return source.error();
        if (kind == core::ClassificationKind::Categorized)
            return gis::categorizeLayer(*source.value(), field, ramp);
        return gis::graduateLayer(*source.value(), field, classes, method, ramp);
    }));
}

core::StyleClassification ThematicStyleEditor::classification() const
{
    const auto kind = core::ClassificationKind(m_kind->currentData().toInt());
    if (kind == core::ClassificationKind::Single || m_current.kind != kind)
        return {};
    return m_current;
}

void ThematicStyleEditor::showRows()
{
    m_rows->clear();
    const core::StyleClassification c = classification();
    for (const core::StyleCategory& cat : c.categories) {
        auto* item = new QTreeWidgetItem(m_rows, {cat.value, cat.label.isEmpty() ? cat.value : cat.label});
        item->setIcon(0, colourIcon(cat.colour));
    }
    for (const core::StyleClass& cls : c.classes) {
        auto* item = new QTreeWidgetItem(m_rows, {core::classLabel({cls.lower, cls.upper, {}, {}}), core::classLabel(cls)});
        item->setIcon(0, colourIcon(cls.colour));
    }
}

void ThematicStyleEditor::editColour(QTreeWidgetItem* item)
{
    const int row = m_rows->indexOfTopLevelItem(item);
    QColor* colour = row < 0 ? nullptr
                     : row < m_current.categories.size() ? &m_current.categories[row].colour
                     : row < m_current.classes.size()    ? &m_current.classes[row].colour
                                                         : nullptr;
    if (!colour)
        return;
    const QColor c = QColorDialog::getColor(*colour, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (!c.isValid())
        return;
    *colour = c;
    item->setIcon(0, colourIcon(c));
}

void ThematicStyleEditor::setKind(core::ClassificationKind kind) { m_kind->setCurrentIndex(m_kind->findData(int(kind))); }
void ThematicStyleEditor::setField(const QString& field) { m_field->setCurrentText(field); }
void ThematicStyleEditor::setMethod(core::ClassMethod method) { m_method->setCurrentIndex(m_method->findData(int(method))); }
void ThematicStyleEditor::setClassCount(int classes) { m_classes->setValue(classes); }
void ThematicStyleEditor::setRamp(const QString& ramp) { m_ramp->setCurrentText(ramp); }
QString ThematicStyleEditor::status() const { return m_status->text(); }

}  // namespace atlas::ui
