#pragma once
// Export a layer: the output file (its extension picks the format), the CRS, the selected
// features only, and for CSV whether points become X and Y columns.

#include "gis/formats/vector_export.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace atlas::ui {

class ExportLayerDialog : public QDialog {
    Q_OBJECT
public:
    // `selected`: the layer's selected features (the option is off when there are none).
    ExportLayerDialog(const QString& layerName, const QList<qint64>& selected, const QString& suggestedPath,
                      QWidget* parent = nullptr);

    // The export as chosen (the caller sets the source and progress).
    gis::VectorExportRequest request() const;
    QLineEdit* pathBox() const { return m_path; }

private:
    void browse();
    void update();

    QList<qint64> m_selected;
    QLineEdit* m_path;
    QLineEdit* m_crs;
    QCheckBox* m_onlySelected;
    QCheckBox* m_csvXY;
    QPushButton* m_ok = nullptr;
};

}  // namespace atlas::ui
