#include "ui/dialogs/merge_features_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace atlas::ui {
namespace {

constexpr int kValuesShown = 3;

// "12 — Lille, 231 491, 1970-01-01": enough to tell the features apart.
QString describe(const gis::FeatureRecord& feature)
{
    QStringList values;
    for (auto it = feature.attributes.cbegin(); it != feature.attributes.cend() && values.size() < kValuesShown; ++it)
        if (!it.value().isNull() && !it.value().toString().isEmpty())
            values << it.value().toString().left(40);
    return values.isEmpty() ? QString::number(feature.fid)
                            : QStringLiteral("%1 — %2").arg(feature.fid).arg(values.join(QStringLiteral(", ")));
}

}  // namespace

MergeFeaturesDialog::MergeFeaturesDialog(const QList<gis::FeatureRecord>& features, const QString& layerName,
                                         QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Merge features of %1").arg(layerName));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("The merged feature keeps the id of feature %1 and the attributes of:")
                                 .arg(features.isEmpty() ? -1 : features.first().fid),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    for (const gis::FeatureRecord& feature : features)
        m_list->addItem(describe(feature));
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
}

int MergeFeaturesDialog::chosen() const
{
    return std::max(0, m_list->currentRow());
}

}  // namespace atlas::ui
