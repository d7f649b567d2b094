#include "ui/dialogs/attribute_form_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <optional>

namespace atlas::ui {
namespace {

bool isBoolean(const QString& type)
{
    return type.compare(QLatin1String("BOOLEAN"), Qt::CaseInsensitive) == 0;
}
bool isInteger(const QString& type)
{
    return type.contains(QLatin1String("INT"), Qt::CaseInsensitive);
}
bool isReal(const QString& type)
{
    return type.contains(QLatin1String("REAL"), Qt::CaseInsensitive) ||
           type.contains(QLatin1String("FLOAT"), Qt::CaseInsensitive) ||
           type.contains(QLatin1String("DOUBLE"), Qt::CaseInsensitive);
}
bool isDate(const QString& type)
{
    return type.compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0;
}

// The typed value of `text` for a column of `type`; nullopt when it does not fit.
std::optional<QVariant> parse(const QString& type, const QString& text)
{
    if (text.isEmpty())
        return QVariant();
    bool ok = true;
    if (isInteger(type)) {
        const qlonglong v = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(v) : std::nullopt;
    }
    if (isReal(type)) {
        double v = QLocale().toDouble(text, &ok);  // "3,5" in French
        if (!ok)
            v = text.toDouble(&ok);
        return ok ? std::optional<QVariant>(v) : std::nullopt;
    }
    if (isDate(type) && !QDate::fromString(text, Qt::ISODate).isValid())
        return std::nullopt;
    return QVariant(text);
}

}  // namespace

AttributeFormDialog::AttributeFormDialog(const QList<gis::EditableField>& fields, const QString& layerName,
                                         QWidget* parent)
    : QDialog(parent), m_fields(fields)
{
    setWindowTitle(tr("New feature in %1").arg(layerName));
    auto* form = new QFormLayout;
    for (const gis::EditableField& f : fields) {
        QWidget* editor = nullptr;
        if (isBoolean(f.type)) {
            editor = new QCheckBox(this);
        } else if (!f.choices.isEmpty()) {
            auto* choice = new QComboBox(this);
            choice->addItem(QString());  // no value yet
            choice->addItems(f.choices);
            editor = choice;
        } else {
            auto* line = new QLineEdit(this);
            if (isDate(f.type))
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            else if (isInteger(f.type))
                line->setPlaceholderText(tr("whole number"));
            else if (isReal(f.type))
                line->setPlaceholderText(tr("number"));
            editor = line;
        }
        editor->setObjectName(f.name);
        form->addRow(f.name, editor);
        m_editors << editor;
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QVariantMap AttributeFormDialog::values() const
{
    QVariantMap out;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (auto* box = qobject_cast<QCheckBox*>(m_editors[i]))
            out.insert(m_fields[i].name, box->isChecked() ? 1 : 0);
        else if (auto* choice = qobject_cast<QComboBox*>(m_editors[i]))
            out.insert(m_fields[i].name, choice->currentText().isEmpty() ? QVariant() : QVariant(choice->currentText()));
        else
            out.insert(m_fields[i].name,
                       parse(m_fields[i].type, static_cast<QLineEdit*>(m_editors[i])->text().trimmed()).value_or(QVariant()));
    }
    return out;
}

void AttributeFormDialog::accept()
{
    // Refuse what the column cannot hold rather than storing nothing silently.
    for (int i = 0; i < m_fields.size(); ++i) {
        auto* line = qobject_cast<QLineEdit*>(m_editors[i]);
        if (!line || parse(m_fields[i].type, line->text().trimmed()))
            continue;
        m_problem->setText(tr("%1: '%2' is not a valid value").arg(m_fields[i].name, line->text().trimmed()));
        m_problem->show();
        line->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace atlas::ui
