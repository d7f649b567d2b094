// SqlServerStore: media records, comments and votes.

#include "storage/sql_server_store.h"

namespace atlas::server {

core::Status SqlServerStore::addMedia(const MediaRecord& m)
{
    std::lock_guard lock(m_mutex);
    // The same content uploaded twice to a group is one record: the first upload stays.
    return statusOf(m_db->query(QStringLiteral("INSERT INTO media (sha256, group_id, uploader_id, size, mime, created) "
                                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, sha256) DO NOTHING"),
                                {m.sha256, m.groupId, m.uploaderId, m.size, m.mime, storeNow()}));
}

core::Result<std::optional<MediaRecord>> SqlServerStore::media(qint64 groupId, const QString& sha256)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT sha256, group_id, uploader_id, size, mime, created FROM media "
                                           "WHERE group_id = ? AND sha256 = ?"),
                            {groupId, sha256});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<MediaRecord>();
    const SqlRow& r = rows.value().first();
    return std::optional<MediaRecord>(MediaRecord{r.text(0), r.integer(1), r.integer(2), r.integer(3), r.text(4), r.text(5)});
}

core::Result<CommentRecord> SqlServerStore::addComment(qint64 ficheId, qint64 authorId, const QString& body)
{
    std::lock_guard lock(m_mutex);
    CommentRecord c{QUuid::createUuid(), ficheId, {}, body, false, storeNow()};
    auto author = queryValue(*m_db, QStringLiteral("SELECT name FROM users WHERE id = ?"), {authorId});
    if (!author)
        return author.error();
    c.author = author.value().toString();
    auto ins = m_db->query(QStringLiteral("INSERT INTO comments (uuid, fiche_id, author_id, body, hidden, created) "
                                          "VALUES (?, ?, ?, ?, 0, ?)"),
                           {uuidText(c.uuid), ficheId, authorId, body, c.created});
    if (!ins)
        return ins.error();
    return c;
}

core::Result<QList<CommentRecord>> SqlServerStore::comments(qint64 ficheId, bool includeHidden)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT c.uuid, c.fiche_id, u.name, c.body, c.hidden, c.created FROM comments c "
                                           "JOIN users u ON u.id = c.author_id WHERE c.fiche_id = ? AND (c.hidden = 0 OR ? = 1) "
                                           "ORDER BY c.id"),
                            {ficheId, includeHidden ? 1 : 0});
    if (!rows)
        return rows.error();
    QList<CommentRecord> out;
    for (const SqlRow& r : rows.value())
        out << CommentRecord{QUuid::fromString(r.text(0)), r.integer(1), r.text(2), r.text(3), r.integer(4) != 0, r.text(5)};
    return out;
}

core::Result<std::optional<QUuid>> SqlServerStore::commentFiche(const QUuid& comment)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto id = queryValue(db,
                         QStringLiteral("SELECT f.uuid FROM comments c JOIN fiches f ON f.id = c.fiche_id WHERE c.uuid = ?"),
                         {uuidText(comment)});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid::fromString(id.value().toString()));
}

core::Status SqlServerStore::setCommentHidden(const QUuid& comment, bool hidden)
{
    std::lock_guard lock(m_mutex);
    return statusOf(m_db->query(QStringLiteral("UPDATE comments SET hidden = ? WHERE uuid = ?"),
                                {hidden ? 1 : 0, uuidText(comment)}));
}

core::Status SqlServerStore::setVote(qint64 ficheId, qint64 userId, int value)
{
    std::lock_guard lock(m_mutex);
    return statusOf(m_db->query(QStringLiteral("INSERT INTO votes (fiche_id, user_id, value, at) VALUES (?, ?, ?, ?) "
                                               "ON CONFLICT (fiche_id, user_id) DO UPDATE SET value = excluded.value, "
                                               "at = excluded.at"),
                                {ficheId, userId, value, storeNow()}));
}

core::Result<VoteSummary> SqlServerStore::votes(qint64 ficheId)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN value > 0 THEN 1 ELSE 0 END), 0), "
                                           "COALESCE(SUM(CASE WHEN value < 0 THEN 1 ELSE 0 END), 0) FROM votes "
                                           "WHERE fiche_id = ?"),
                            {ficheId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return VoteSummary{};
    return VoteSummary{int(rows.value().first().integer(0)), int(rows.value().first().integer(1))};
}

}  // namespace atlas::server
