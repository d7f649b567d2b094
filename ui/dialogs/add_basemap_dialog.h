#pragma once
// Layer › Add basemap…: pick a public service preset, type an XYZ tile URL, read the layers of a
// WMTS service (in a worker) and pick one, or choose an MBTiles file; says that online tiles are
// fetched when shown and kept on disk.

#include "core/model/layer_spec.h"
#include "core/model/result.h"
#include "gis/tiles/wmts_capabilities.h"

#include <QDialog>
#include <QFutureWatcher>

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
    // WMTS: the capabilities URL, then Read layers (the answer comes with wmtsLayersRead).
    void chooseWmts(const QString& capabilitiesUrl);
    void readWmtsLayers();
    QComboBox* wmtsLayerBox() const { return m_wmtsLayer; }

    void accept() override;

signals:
    // The WMTS layers were read (or not: then `error` says why).
    void wmtsLayersRead(const QString& error);

private:
    // The fields a source fills (a preset's, or empty ones), when the source changes.
    void updateFields();
    // Which fields can be edited, and the note, for the current source and state.
    void updateEnabled();
    void browse();
    void showWmtsLayers();

    QComboBox* m_source;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_attribution;
    QSpinBox* m_maxZoom;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_wmtsLayer;
    QPushButton* m_readLayers;
    QFutureWatcher<core::Result<QList<gis::WmtsLayerInfo>>> m_wmtsRead;
    QString m_wmtsUrl;  // whose layers m_wmtsLayers are
    QList<gis::WmtsLayerInfo> m_wmtsLayers;
    QLabel* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

}  // namespace atlas::ui
