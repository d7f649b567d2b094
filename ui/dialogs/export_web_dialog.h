#pragma once
// File › Export interactive map…: the bundle's title, layers, tile zoom levels, language,
// basemap and zip; runs the export on a worker thread with progress and cancel.

#include "core/model/atlas_document.h"
#include "core/model/error.h"
#include "gis/formats/web_bundle_options.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace atlas::ui {

// What the worker hands back (a default-constructible value for QFuture).
struct ExportWebOutcome {
    bool ok = false;
    gis::WebBundleReport report;
    core::Error error;
};

class ExportWebDialog : public QDialog {
    Q_OBJECT
public:
    // `doc` is copied: the export never reads the live document. `atlasPath` is the file
    // the atlas's own tables are read from.
    ExportWebDialog(const core::AtlasDocument& doc, const QString& atlasPath, QWidget* parent = nullptr);
    ~ExportWebDialog() override;

    // The options as the form sets them (for tests and for the export itself).
    gis::WebBundleOptions options() const;
    void setOutputDir(const QString& dir);
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts the export, as the Export button does.
    void startExport();
    // Cancels a running export (the dialog closes when it has stopped), else closes.
    void reject() override;

signals:
    // The export ended: with the report, or with an error message (empty when cancelled).
    void exportFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFolder();
    void setRunning(bool running);
    void onProgress(int done, int total, const QString& step);
    void onFinished();

    core::AtlasDocument m_doc;
    QString m_atlasPath;
    QLineEdit* m_title;
    QLineEdit* m_author;
    QLineEdit* m_licence;
    QLineEdit* m_attribution;
    QListWidget* m_layers;
    QComboBox* m_language;
    QSpinBox* m_minZoom;
    QSpinBox* m_maxZoom;
    QSpinBox* m_tilesAbove;
    QCheckBox* m_basemap;
    QCheckBox* m_zip;
    QCheckBox* m_allFiches;
    QCheckBox* m_keepPhotoMetadata;
    QLineEdit* m_outputDir;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QList<QLabel*> m_labels;  // form labels, retranslated in place

    QThreadPool m_pool;  // the export's own thread, apart from the pool Qt paints with
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<ExportWebOutcome> m_watcher;
    bool m_closeWhenDone = false;
};

}  // namespace atlas::ui
