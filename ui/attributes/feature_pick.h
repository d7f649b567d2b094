#pragma once
// Features picked on the map, read in a worker: a newer pick replaces one still being
// read, and the ids come back on the UI thread with whether they add to the selection.

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace atlas::ui {

class FeaturePick : public QObject {
    Q_OBJECT
public:
    explicit FeaturePick(QObject* parent = nullptr);
    // Waits for the worker: it reads copies only, but its result comes here.
    ~FeaturePick() override;

    void start(const QFuture<QList<qint64>>& reading, bool add);

signals:
    void picked(const QList<qint64>& ids, bool add);

private:
    QFutureWatcher<QList<qint64>> m_watcher;
    bool m_add = false;  // of the pick being read: Shift held
};

}  // namespace atlas::ui
