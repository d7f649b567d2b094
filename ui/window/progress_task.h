#pragma once
// Runs long work (import, export…) off the UI thread behind a progress dialog whose
// Cancel asks the work to stop; the result comes back on the UI thread.

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace atlas::ui {

// What the work reports: the share done, 0 to 1 (any thread).
using ProgressReport = std::function<void(double fraction)>;

template <typename Result>
void runWithProgress(QWidget* parent, const QString& label,
                     std::function<Result(const ProgressReport& progress, const std::atomic<bool>& cancel)> work,
                     std::function<void(const Result& result, bool cancelled)> done)
{
    auto* dialog = new QProgressDialog(label, QCoreApplication::translate("atlas::ui", "Cancel"), 0, 1000, parent);
    dialog->setObjectName(QStringLiteral("ProgressTaskDialog"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancel] { cancel->store(true); });
    auto* watcher = new QFutureWatcher<Result>(dialog);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, parent, [watcher, dialog, cancel, done] {
        const Result result = watcher->result();
        dialog->hide();
        dialog->deleteLater();
        done(result, cancel->load());
    });
    const QPointer<QProgressDialog> target(dialog);
    const ProgressReport progress = [target](double fraction) {
        QMetaObject::invokeMethod(
            target, [target, fraction] {
                if (target && !target->wasCanceled())
                    target->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run([work, progress, cancel] { return work(progress, *cancel); }));
}

}  // namespace atlas::ui
