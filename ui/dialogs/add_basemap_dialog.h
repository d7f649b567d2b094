#pragma once
// Layer › Add basemap…: pick a public service preset, type an XYZ tile URL, or choose an
// MBTiles file; says that online tiles are fetched when shown and kept on disk.

#include "core/model/layer_spec.h"
#include "core/model/result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

class AddBasemapDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddBasemapDialog(QWidget* parent = nullptr);

    // The layer the fields describe, or why they do not describe one.
    core::Result<core::LayerSpec> layer() const;

    // For tests and for a caller that knows the answer already.
    void choosePreset(const QString& id);
    void chooseTileUrl(const QString& url, const QString& attribution);
    void chooseMbtiles(const QString& path);

    void accept() override;

private:
    void updateFields();
    void browse();

    QComboBox* m_source;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_attribution;
    QSpinBox* m_maxZoom;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

}  // namespace atlas::ui
