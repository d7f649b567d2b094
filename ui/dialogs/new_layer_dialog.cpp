#include "ui/dialogs/new_layer_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas::ui {
namespace {

enum Column { NameColumn, KindColumn, ChoicesColumn };

}  // namespace

NewLayerDialog::NewLayerDialog(const QString& crs, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit), m_geometry(new QComboBox), m_crs(new QLineEdit(crs)),
      m_fields(new QTableWidget(0, 3)), m_remove(new QPushButton(tr("Remove field"))), m_problem(new QLabel)
{
    setObjectName(QStringLiteral("NewLayerDialog"));
    setWindowTitle(tr("New layer"));
    m_name->setObjectName(QStringLiteral("layerName"));
    m_geometry->setObjectName(QStringLiteral("geometry"));
    m_crs->setObjectName(QStringLiteral("crs"));
    m_geometry->addItem(tr("Points"), int(gis::EditableGeometry::Point));
    m_geometry->addItem(tr("Lines"), int(gis::EditableGeometry::Line));
    m_geometry->addItem(tr("Polygons"), int(gis::EditableGeometry::Polygon));
    m_crs->setPlaceholderText(QStringLiteral("EPSG:2154"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Choices (separated by |)")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto* add = new QPushButton(tr("Add field"));
    connect(add, &QPushButton::clicked, this, [this] { addField(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_fields->removeRow(m_fields->currentRow());
        updateProblem();
    });
    connect(m_fields, &QTableWidget::itemChanged, this, &NewLayerDialog::updateProblem);
    connect(m_fields, &QTableWidget::currentCellChanged, this, [this] { m_remove->setEnabled(m_fields->currentRow() >= 0); });
    connect(m_name, &QLineEdit::textChanged, this, &NewLayerDialog::updateProblem);
    connect(m_crs, &QLineEdit::textChanged, this, &NewLayerDialog::updateProblem);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Geometry"), m_geometry);
    form->addRow(tr("CRS"), m_crs);
    auto* fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(add);
    fieldButtons->addWidget(m_remove);
    fieldButtons->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Attribute fields")));
    layout->addWidget(m_fields, 1);
    layout->addLayout(fieldButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_remove->setEnabled(false);
    updateProblem();
    resize(560, 420);
}

void NewLayerDialog::addField(const QString& name, gis::FieldKind kind, const QString& choices)
{
    auto* type = new QComboBox;
    const std::pair<gis::FieldKind, QString> kinds[] = {
        {gis::FieldKind::Text, tr("Text")},   {gis::FieldKind::Integer, tr("Integer")},
        {gis::FieldKind::Real, tr("Real")},   {gis::FieldKind::Date, tr("Date")},
        {gis::FieldKind::Boolean, tr("Yes/no")}, {gis::FieldKind::Choice, tr("Choice list")}};
    for (const auto& [k, label] : kinds)
        type->addItem(label, int(k));
    type->setCurrentIndex(type->findData(int(kind)));
    connect(type, &QComboBox::currentIndexChanged, this, &NewLayerDialog::updateProblem);
    const int row = m_fields->rowCount();
    {
        const QSignalBlocker quiet(m_fields);  // the row is checked once it is whole
        m_fields->insertRow(row);
        m_fields->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_fields->setItem(row, ChoicesColumn, new QTableWidgetItem(choices));
        m_fields->setCellWidget(row, KindColumn, type);
    }
    m_fields->setCurrentCell(row, NameColumn);
    if (name.isEmpty())
        m_fields->editItem(m_fields->item(row, NameColumn));
    updateProblem();
}

gis::NewLayerRequest NewLayerDialog::request() const
{
    gis::NewLayerRequest r;
    r.name = m_name->text().trimmed();
    r.geometry = gis::EditableGeometry(m_geometry->currentData().toInt());
    r.crs = m_crs->text().trimmed();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        gis::NewField f;
        f.name = m_fields->item(row, NameColumn) ? m_fields->item(row, NameColumn)->text().trimmed() : QString();
        if (const auto* type = qobject_cast<QComboBox*>(m_fields->cellWidget(row, KindColumn)))
            f.kind = gis::FieldKind(type->currentData().toInt());
        if (f.kind == gis::FieldKind::Choice && m_fields->item(row, ChoicesColumn))
            for (const QString& c : m_fields->item(row, ChoicesColumn)->text().split(QLatin1Char('|'), Qt::SkipEmptyParts))
                if (!c.trimmed().isEmpty())
                    f.choices << c.trimmed();
        r.fields << f;
    }
    return r;
}

void NewLayerDialog::updateProblem()
{
    if (!m_ok)
        return;  // still building the dialog
    const QString problem = gis::checkNewLayer(request());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_name->text().isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !m_crs->text().trimmed().isEmpty());
}

}  // namespace atlas::ui
