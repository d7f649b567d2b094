#pragma once
// Edits a layer's thematic colours: single, categorized or graduated, with field, method,
// classes and ramp; classifies the layer's data off the UI thread; colours editable.

#include "core/model/layer_spec.h"
#include "core/model/style_classification.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace atlas::ui {

class ThematicStyleEditor : public QWidget {
    Q_OBJECT
public:
    struct LayerData {
        QString path;       // file (or the atlas for owned tables)
        QString layerName;  // OGR layer or table
        core::LayerKind kind = core::LayerKind::Vector;
    };

    ThematicStyleEditor(const core::StyleClassification& initial, const QStringList& fields, LayerData data,
                        QWidget* parent = nullptr);

    core::StyleClassification classification() const;
    // Reads the chosen field and rebuilds the categories or classes; emits classified().
    void classify();
    void setKind(core::ClassificationKind kind);
    void setField(const QString& field);
    void setMethod(core::ClassMethod method);
    void setClassCount(int classes);
    void setRamp(const QString& ramp);
    QTreeWidget* rows() const { return m_rows; }
    QString status() const;

signals:
    void classified(bool ok);

private:
    void kindChanged();
    void showRows();
    void editColour(QTreeWidgetItem* item);

    LayerData m_data;
    core::StyleClassification m_current;
    QComboBox* m_kind;
    QComboBox* m_field;
    QComboBox* m_method;
    QSpinBox* m_classes;
    QComboBox* m_ramp;
    QPushButton* m_classify;
    QTreeWidget* m_rows;
    QLabel* m_status;
    int m_generation = 0;
};

}  // namespace atlas::ui
