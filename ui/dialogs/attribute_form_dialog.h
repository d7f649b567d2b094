#pragma once
// The attribute form shown after a new feature is drawn: one editor per field of the
// layer (text, whole number, decimal number, date, yes/no), empty meaning no value.

#include "gis/store/editable_feature.h"

#include <QDialog>
#include <QList>
#include <QVariantMap>

class QLabel;

namespace atlas::ui {

class AttributeFormDialog : public QDialog {
    Q_OBJECT
public:
    AttributeFormDialog(const QList<gis::EditableField>& fields, const QString& layerName, QWidget* parent = nullptr);

    // Values by field name, typed for the column; null for empty editors.
    QVariantMap values() const;
    void accept() override;

private:
    QList<gis::EditableField> m_fields;
    QList<QWidget*> m_editors;  // editor i is for m_fields[i]; object name = field name
    QLabel* m_problem;
};

}  // namespace atlas::ui
