#include "storage/sql_server_store.h"

#include "storage/server_schema.h"

#include <QDateTime>
#include <vector>

namespace atlas::server {
namespace {

UserRecord userFromRow(const SqlRow& r)
{
    return UserRecord{r.integer(0), r.text(1), r.text(2), r.text(3), std::nullopt};
}

MembershipRecord membershipFromRow(const SqlRow& r)
{
    return MembershipRecord{r.integer(0), r.text(1), r.integer(2), r.text(3),
                            roleFromName(r.text(4)).value_or(Role::Reader)};
}

}  // namespace

QString storeNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

SqlServerStore::SqlServerStore(std::unique_ptr<SqlConnection> db, const ConnectionFactory& connect)
    : m_db(std::move(db)), m_readers(connect)
{
}

core::Result<std::unique_ptr<ServerStore>> SqlServerStore::create(const ConnectionFactory& connect)
{
    auto db = connect();
    if (!db)
        return db.error();
    if (auto s = migrateServerSchema(*db.value()); !s)
        return s.error();
    return std::unique_ptr<ServerStore>(new SqlServerStore(db.take(), connect));
}

QString SqlServerStore::backendName() const
{
    return m_db->dialect() == SqlDialect::SpatiaLite ? QStringLiteral("spatialite") : QStringLiteral("postgresql");
}

core::Status SqlServerStore::openReaders(int count)
{
    // Held all at once so that each is a new connection, then all given back to the pool.
    std::vector<ConnectionPool::Lease> held;
    held.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        auto lease = m_readers.acquire();
        if (!lease)
            return lease.error();
        held.push_back(lease.take());
    }
    return core::Done{};
}

core::Result<qint64> SqlServerStore::addUser(const QString& name, const QString& passwordHash)
{
    std::lock_guard lock(m_mutex);
    auto existing = queryValue(*m_db, QStringLiteral("SELECT id FROM users WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull())
        return core::Error{{}, name, QStringLiteral("an account with this name already exists")};
    auto id = queryValue(*m_db, QStringLiteral("INSERT INTO users (name, password_hash, created) VALUES (?, ?, ?) RETURNING id"),
                         {name, passwordHash, storeNow()});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

core::Status SqlServerStore::setPasswordHash(qint64 userId, const QString& passwordHash)
{
    std::lock_guard lock(m_mutex);
    return m_db->transaction([&]() -> core::Status {
        if (auto s = statusOf(m_db->query(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                          {passwordHash, userId}));
            !s)
            return s;
        // A new password ends every open session of the account.
        return statusOf(m_db->query(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId}));
    });
}

core::Result<std::optional<UserRecord>> SqlServerStore::findUser(const QString& name)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT id, name, password_hash, created FROM users WHERE name = ?"), {name});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFromRow(rows.value().first()));
}

core::Result<QList<UserRecord>> SqlServerStore::listUsers()
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT id, name, password_hash, created FROM users ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<UserRecord> users;
    for (const SqlRow& r : rows.value())
        users << userFromRow(r);
    return users;
}

core::Status SqlServerStore::addSession(const QString& tokenHash, qint64 userId, qint64 expiresEpoch)
{
    std::lock_guard lock(m_mutex);
    return m_db->transaction([&]() -> core::Status {
        // Expired sessions are swept whenever a new one starts.
        if (auto s = statusOf(m_db->query(QStringLiteral("DELETE FROM sessions WHERE expires <= ?"),
                                          {QDateTime::currentSecsSinceEpoch()}));
            !s)
            return s;
        return statusOf(m_db->query(
            QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires, created) VALUES (?, ?, ?, ?)"),
            {tokenHash, userId, expiresEpoch, storeNow()}));
    });
}

core::Result<std::optional<UserRecord>> SqlServerStore::sessionUser(const QString& tokenHash, qint64 nowEpoch)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    // One row per membership (one with nulls for an account in no group).
    auto rows = db.query(QStringLiteral("SELECT u.id, u.name, u.password_hash, u.created, m.group_id, m.role FROM sessions s "
                                        "JOIN users u ON u.id = s.user_id LEFT JOIN memberships m ON m.user_id = u.id "
                                        "WHERE s.token_hash = ? AND s.expires > ?"),
                         {tokenHash, nowEpoch});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<UserRecord>();
    UserRecord user = userFromRow(rows.value().first());
    user.roles.emplace();
    for (const SqlRow& r : rows.value())
        if (!r.isNull(4))
            user.roles->insert(r.integer(4), roleFromName(r.text(5)).value_or(Role::None));
    return std::optional<UserRecord>(std::move(user));
}

core::Status SqlServerStore::removeSession(const QString& tokenHash)
{
    std::lock_guard lock(m_mutex);
    return statusOf(m_db->query(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash}));
}

core::Result<qint64> SqlServerStore::addGroup(const QString& name)
{
    std::lock_guard lock(m_mutex);
    auto existing = queryValue(*m_db, QStringLiteral("SELECT id FROM work_groups WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull())
        return core::Error{{}, name, QStringLiteral("a group with this name already exists")};
    auto id = queryValue(*m_db, QStringLiteral("INSERT INTO work_groups (name, created) VALUES (?, ?) RETURNING id"),
                         {name, storeNow()});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

core::Result<std::optional<GroupRecord>> SqlServerStore::findGroup(const QString& name)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT id, name FROM work_groups WHERE name = ?"), {name});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<GroupRecord>();
    return std::optional<GroupRecord>(GroupRecord{rows.value().first().integer(0), rows.value().first().text(1)});
}

core::Result<QList<GroupRecord>> SqlServerStore::listGroups()
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto rows = db.query(QStringLiteral("SELECT id, name FROM work_groups ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<GroupRecord> groups;
    for (const SqlRow& r : rows.value())
        groups << GroupRecord{r.integer(0), r.text(1)};
    return groups;
}

core::Status SqlServerStore::setMembership(qint64 groupId, qint64 userId, Role role)
{
    std::lock_guard lock(m_mutex);
    if (role == Role::None)
        return statusOf(m_db->query(QStringLiteral("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"),
                                    {groupId, userId}));
    return statusOf(m_db->query(QStringLiteral("INSERT INTO memberships (group_id, user_id, role) VALUES (?, ?, ?) "
                                               "ON CONFLICT (group_id, user_id) DO UPDATE SET role = excluded.role"),
                                {groupId, userId, roleName(role)}));
}

core::Result<QList<MembershipRecord>> SqlServerStore::membershipsOf(qint64 userId)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    return memberships(db, QStringLiteral("m.user_id = ? ORDER BY g.name"), userId);
}

core::Result<QList<MembershipRecord>> SqlServerStore::membersOf(qint64 groupId)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    return memberships(db, QStringLiteral("m.group_id = ? ORDER BY u.name"), groupId);
}

core::Result<QList<MembershipRecord>> SqlServerStore::memberships(SqlConnection& db, const QString& condition, qint64 id)
{
    auto rows = db.query(QStringLiteral("SELECT g.id, g.name, u.id, u.name, m.role FROM memberships m "
                                           "JOIN work_groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id WHERE ")
                                + condition,
                            {id});
    if (!rows)
        return rows.error();
    QList<MembershipRecord> out;
    for (const SqlRow& r : rows.value())
        out << membershipFromRow(r);
    return out;
}

core::Result<Role> SqlServerStore::roleIn(qint64 groupId, qint64 userId)
{
    auto lease = m_readers.acquire();
    if (!lease)
        return lease.error();
    SqlConnection& db = *lease.value();
    auto role = queryValue(db, QStringLiteral("SELECT role FROM memberships WHERE group_id = ? AND user_id = ?"),
                           {groupId, userId});
    if (!role)
        return role.error();
    return roleFromName(role.value().toString()).value_or(Role::None);
}

}  // namespace atlas::server
