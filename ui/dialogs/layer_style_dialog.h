#pragma once
// Edits the style of one layer: for vectors fill, stroke, marker, opacity, label and thematic colours; for
// rasters opacity and how the band(s) are drawn (RasterStyleEditor).

#include "core/model/layer_style.h"
#include "ui/dialogs/thematic_style_editor.h"

class QFormLayout;

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class RasterStyleEditor;

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `fields` are the attribute names offered for labels and classification; `data` is
    // where the layer's values are read when it is classified.
    LayerStyleDialog(const QString& layerName, const core::LayerStyle& style, const QStringList& fields,
                     const ThematicStyleEditor::LayerData& data, QWidget* parent = nullptr);
    ThematicStyleEditor* thematicEditor() const { return m_thematic; }  // null for rasters
    RasterStyleEditor* rasterEditor() const { return m_raster; }  // null for vectors
    core::LayerStyle style() const;

signals:
    // Emitted by "Apply" so the map shows the style before the dialog closes.
    void applied(const atlas::core::LayerStyle& style);

private:
    void pickColour(QPushButton* button, QColor& colour);
    static void showColour(QPushButton* button, const QColor& colour);
    void addVectorRows(QFormLayout* form, const QStringList& fields, const ThematicStyleEditor::LayerData& data);

    core::LayerStyle m_style;
    QPushButton* m_fill = nullptr;
    QPushButton* m_stroke = nullptr;
    QDoubleSpinBox* m_strokeWidth = nullptr;
    QDoubleSpinBox* m_markerSize = nullptr;
    QComboBox* m_marker = nullptr;
    QSpinBox* m_opacity = nullptr;
    QComboBox* m_label = nullptr;
    ThematicStyleEditor* m_thematic = nullptr;
    RasterStyleEditor* m_raster = nullptr;
};

}  // namespace atlas::ui
