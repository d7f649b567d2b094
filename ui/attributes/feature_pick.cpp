#include "ui/attributes/feature_pick.h"

namespace atlas::ui {

FeaturePick::FeaturePick(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            emit picked(m_watcher.result(), m_add);
    });
}

FeaturePick::~FeaturePick()
{
    m_watcher.waitForFinished();
}

void FeaturePick::start(const QFuture<QList<qint64>>& reading, bool add)
{
    m_watcher.cancel();  // a newer pick wins (the older result is dropped)
    m_add = add;
    m_watcher.setFuture(reading);
}

}  // namespace atlas::ui
