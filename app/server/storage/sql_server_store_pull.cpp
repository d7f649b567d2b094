// SqlServerStore: the sync pull (the change feed after a cursor, each record once at its
// latest change, read a page at a time) and the media files a client may skip sending.

#include "storage/sql_server_store.h"

#include "storage/sql_batch.h"
#include "storage/sync_rows.h"

#include <QHash>

namespace atlas::server {

core::Result<core::PullPage> SqlServerStore::syncPull(qint64 groupId, qint64 viewerId, qint64 afterSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    auto rows = m_db->query(QStringLiteral("SELECT record_table, record_uuid, MAX(seq) AS last FROM changes "
                                           "WHERE group_id = ? AND seq > ? GROUP BY record_table, record_uuid "
                                           "ORDER BY last LIMIT ?"),
                            {groupId, afterSeq, limit + 1});
    if (!rows)
        return rows.error();
    core::PullPage page;
    page.more = rows.value().size() > limit;
    const int count = std::min(int(rows.value().size()), limit);
    // The page's fiches and other records, read a chunk at a time rather than one by one.
    QStringList fiches, others;
    for (int i = 0; i < count; ++i)
        (rows.value()[i].text(0) == QLatin1String("fiches") ? fiches : others) << rows.value()[i].text(1);
    QHash<QString, SqlRow> ficheRows;
    QHash<QString, QString> otherRows;
    if (auto s = selectIn(*m_db,
                          QStringLiteral("SELECT uuid, body, version, modified, deleted, group_id, author_id FROM fiches "
                                         "WHERE uuid IN (IN)"),
                          {}, fiches, [&](const SqlRow& r) { ficheRows.insert(r.text(0), SqlRow{r.values.mid(1)}); });
        !s)
        return s.error();
    if (auto s = selectIn(*m_db,
                          QStringLiteral("SELECT record_table, record_uuid, body FROM sync_records WHERE record_uuid IN (IN)"),
                          {}, others,
                          [&](const SqlRow& r) { otherRows.insert(r.text(0) + QLatin1Char('/') + r.text(1), r.text(2)); });
        !s)
        return s.error();
    qint64 last = afterSeq;
    for (int i = 0; i < count; ++i) {
        const SqlRow& row = rows.value()[i];
        last = row.integer(2);
        const QUuid uuid = QUuid::fromString(row.text(1));
        if (row.text(0) == QLatin1String("fiches")) {
            const auto fiche = ficheRows.constFind(row.text(1));
            if (fiche == ficheRows.constEnd())
                continue;
            const SqlRow& f = *fiche;
            core::SyncRecord rec = recordFromFiche(uuid, f);
            // Private fiches go to their author only.
            if (f.integer(4) != groupId ||
                (rec.fields.value(QStringLiteral("scope")).toString() == QLatin1String("private") &&
                 f.integer(5) != viewerId))
                continue;
            page.records << rec;
            continue;
        }
        const auto stored = otherRows.constFind(row.text(0) + QLatin1Char('/') + row.text(1));
        if (stored == otherRows.constEnd())
            continue;
        auto rec = core::syncRecordFromJson(parseJson(*stored), QStringLiteral("sync record"));
        if (!rec)
            return rec.error();
        rec.value().stamps.clear();
        page.records << rec.take();
    }
    page.cursor = QString::number(last);
    return page;
}

core::Result<QStringList> SqlServerStore::missingMedia(qint64 groupId, const QStringList& sha256)
{
    std::lock_guard lock(m_mutex);
    QStringList missing;
    for (const QString& sha : sha256) {
        auto rows = m_db->query(QStringLiteral("SELECT 1 FROM media WHERE group_id = ? AND sha256 = ?"), {groupId, sha});
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            missing << sha;
    }
    return missing;
}

}  // namespace atlas::server
