#pragma once
// Edits the simple style of one layer: fill, stroke, marker, opacity, label.

#include "core/model/layer_style.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `fields` are the attribute names offered for labels.
    LayerStyleDialog(const QString& layerName, const core::LayerStyle& style, const QStringList& fields,
                     QWidget* parent = nullptr);
    core::LayerStyle style() const;

signals:
    // Emitted by "Apply" so the map shows the style before the dialog closes.
    void applied(const atlas::core::LayerStyle& style);

private:
    void pickColour(QPushButton* button, QColor& colour);
    static void showColour(QPushButton* button, const QColor& colour);

    core::LayerStyle m_style;
    QPushButton* m_fill;
    QPushButton* m_stroke;
    QDoubleSpinBox* m_strokeWidth;
    QDoubleSpinBox* m_markerSize;
    QComboBox* m_marker;
    QSpinBox* m_opacity;
    QComboBox* m_label;
};

}  // namespace atlas::ui
