#pragma once
// Layer › New layer: the name, geometry, CRS and attribute fields (text, integer, real,
// date, boolean or a choice list) of an empty layer the atlas will own.

#include "gis/store/owned_layer_schema.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace atlas::ui {

class NewLayerDialog : public QDialog {
    Q_OBJECT
public:
    NewLayerDialog(const QString& crs, QWidget* parent = nullptr);

    // The layer as defined (the caller sets the atlas path and style).
    gis::NewLayerRequest request() const;
    // Appends a field row (tests fill the table through it, as the Add button does).
    void addField(const QString& name = {}, gis::FieldKind kind = gis::FieldKind::Text, const QString& choices = {});
    QTableWidget* fieldTable() const { return m_fields; }

private:
    void updateProblem();

    QLineEdit* m_name;
    QComboBox* m_geometry;
    QLineEdit* m_crs;
    QTableWidget* m_fields;
    QPushButton* m_remove;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

}  // namespace atlas::ui
