#pragma once
// Edits the style of one layer: fill, stroke, marker, opacity, label, and its thematic colours.

#include "core/model/layer_style.h"
#include "ui/dialogs/thematic_style_editor.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `fields` are the attribute names offered for labels and classification; `data` is
    // where the layer's values are read when it is classified.
    LayerStyleDialog(const QString& layerName, const core::LayerStyle& style, const QStringList& fields,
                     const ThematicStyleEditor::LayerData& data, QWidget* parent = nullptr);
    ThematicStyleEditor* thematicEditor() const { return m_thematic; }
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
    ThematicStyleEditor* m_thematic;
};

}  // namespace atlas::ui
