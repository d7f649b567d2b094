#pragma once
// Edits the style of one layer: for vectors fill, stroke (width, dash), marker (shape or icon), size unit,
// label (priority, scales) and thematic colours; for rasters how the band(s) are drawn (RasterStyleEditor);
// for both opacity, blending and the scales the layer shows at.

#include "core/model/layer_style.h"
#include "ui/dialogs/thematic_style_editor.h"

class QFormLayout;

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class MarkerIconCombo;
class RasterStyleEditor;
class ScaleRangeEdit;

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `fields` are the attribute names offered for labels and classification; `data` is
    // where the layer's values are read when it is classified.
    LayerStyleDialog(const QString& layerName, const core::LayerStyle& style, const QStringList& fields,
                     const ThematicStyleEditor::LayerData& data, QWidget* parent = nullptr);
    ThematicStyleEditor* thematicEditor() const { return m_thematic; }  // null for rasters
    RasterStyleEditor* rasterEditor() const { return m_raster; }  // null for vectors
    // The editors, for tests; the vector ones are null for rasters.
    QComboBox* dashBox() const { return m_dash; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* blendBox() const { return m_blend; }
    MarkerIconCombo* iconBox() const { return m_icon; }
    QDoubleSpinBox* markerSizeBox() const { return m_markerSize; }
    ScaleRangeEdit* scalesEdit() const { return m_scales; }
    ScaleRangeEdit* labelScalesEdit() const { return m_labelScales; }
    QSpinBox* labelPriorityBox() const { return m_labelPriority; }
    core::LayerStyle style() const;

signals:
    // Emitted by "Apply" so the map shows the style before the dialog closes.
    void applied(const atlas::core::LayerStyle& style);

private:
    void pickColour(QPushButton* button, QColor& colour);
    static void showColour(QPushButton* button, const QColor& colour);
    void addVectorRows(QFormLayout* form, const QStringList& fields, const ThematicStyleEditor::LayerData& data);
    void addLayerRows(QFormLayout* form);
    // Keeps the sizes' look when the unit changes, and shows the unit after them.
    void setSizeUnit(core::SizeUnit unit);

    core::LayerStyle m_style;
    QPushButton* m_fill = nullptr;
    QPushButton* m_stroke = nullptr;
    QDoubleSpinBox* m_strokeWidth = nullptr;
    QDoubleSpinBox* m_markerSize = nullptr;
    QComboBox* m_marker = nullptr;
    MarkerIconCombo* m_icon = nullptr;
    QComboBox* m_dash = nullptr;
    QComboBox* m_unit = nullptr;
    core::SizeUnit m_shownUnit = core::SizeUnit::Pixels;
    QSpinBox* m_opacity = nullptr;
    QComboBox* m_blend = nullptr;
    ScaleRangeEdit* m_scales = nullptr;
    QComboBox* m_label = nullptr;
    QSpinBox* m_labelPriority = nullptr;
    ScaleRangeEdit* m_labelScales = nullptr;
    ThematicStyleEditor* m_thematic = nullptr;
    RasterStyleEditor* m_raster = nullptr;
};

}  // namespace atlas::ui
