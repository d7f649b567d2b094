#pragma once
// Import into the atlas: which vector layers of a file to copy, under which name, in which
// CRS and reading its texts in which encoding.

#include "gis/formats/vector_import.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace atlas::ui {

class ImportLayersDialog : public QDialog {
    Q_OBJECT
public:
    // `layers`: the vector layers of `file`, by name.
    ImportLayersDialog(const QString& file, const QStringList& layers, QWidget* parent = nullptr);

    // The import as chosen (the caller sets the atlas path, style and progress).
    gis::VectorImportRequest request() const;
    QListWidget* layerList() const { return m_layers; }

private:
    QString m_file;
    QListWidget* m_layers;
    QLineEdit* m_name;
    QLineEdit* m_crs;
    QComboBox* m_encoding;
};

}  // namespace atlas::ui
