#pragma once
// File › Print map…: paper, orientation, title, legend, inset and output file of a
// printed map sheet of the current view; draws it on a worker thread with progress
// and cancel.

#include "core/model/atlas_document.h"
#include "gis/print/print_options.h"

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
class QProgressBar;
class QPushButton;

namespace atlas::ui {

// What the worker hands back: written or not, with warnings or the error.
struct PrintOutcome {
    bool ok = false;
    QString detail;  // the error when !ok; else the layers that could not be drawn
};

class PrintMapDialog : public QDialog {
    Q_OBJECT
public:
    // `doc` is copied; `view` is the canvas's extent in `crs`, the one the sheet shows.
    PrintMapDialog(const core::AtlasDocument& doc, const QString& atlasPath, const core::Extent& view,
                   const QString& crs, QWidget* parent = nullptr);
    ~PrintMapDialog() override;

    gis::PrintOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    bool isRunning() const { return m_watcher.isRunning(); }
    void startPrint();
    // Cancels a running print (the dialog closes once stopped), else closes.
    void reject() override;

signals:
    // The sheet is written (ok) or not: the message says where, or why.
    void printFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFile();
    void formatChanged();
    void setRunning(bool running);
    void onFinished();

    core::AtlasDocument m_doc;
    QString m_atlasPath;
    core::Extent m_view;
    QString m_crs;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QLineEdit* m_attribution;
    QComboBox* m_paper;
    QComboBox* m_orientation;
    QComboBox* m_format;
    QCheckBox* m_legend;
    QCheckBox* m_inset;
    QCheckBox* m_northArrow;
    QCheckBox* m_scaleBar;
    QLineEdit* m_output;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_print;
    QList<QLabel*> m_labels;

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<PrintOutcome> m_watcher;
    bool m_closeWhenDone = false;
};

}  // namespace atlas::ui
