#include "storage/pg_connection.h"

#include <libpq-fe.h>
#include <vector>

namespace atlas::server {

PgConnection::PgConnection(pg_conn* conn, QString where) : m_conn(conn), m_where(std::move(where)) {}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

core::Error PgConnection::error(const QString& reason) const
{
    return core::Error{m_where, {}, reason.trimmed()};
}

core::Result<std::unique_ptr<SqlConnection>> PgConnection::open(const QString& url)
{
    PGconn* conn = PQconnectdb(url.toUtf8().constData());
    const QString where = conn ? QStringLiteral("postgresql://%1:%2/%3")
                                     .arg(QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)),
                                          QString::fromUtf8(PQdb(conn)))
                               : QStringLiteral("postgresql");
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const QString reason = conn ? QString::fromUtf8(PQerrorMessage(conn)) : QStringLiteral("out of memory");
        PQfinish(conn);
        return core::Error{where, {}, QStringLiteral("cannot connect: %1").arg(reason.trimmed())};
    }
    auto pg = std::unique_ptr<PgConnection>(new PgConnection(conn, where));
    // Notices (e.g. "extension already exists") would go to stderr; the server log is ours.
    PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
    // Prepared statements are planned with their values each time: a bbox or a kind changes
    // which index is best, and a generic plan would not know.
    if (auto s = pg->execScript(QStringLiteral("SET plan_cache_mode = force_custom_plan")); !s)
        return s.error();
    return std::unique_ptr<SqlConnection>(std::move(pg));
}

QString numberPlaceholders(const QString& sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out;
}

core::Result<SqlRows> PgConnection::query(const QString& sql, const QVariantList& params)
{
    // A connection lost (database restarted) is reopened once rather than failing forever;
    // its prepared statements are gone with it.
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        PQreset(m_conn);
        m_statements.clear();
        execScript(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    }
    const int n = int(params.size());
    std::vector<QByteArray> storage(static_cast<size_t>(n));
    std::vector<const char*> values(size_t(n), nullptr);
    std::vector<int> lengths(size_t(n), 0), formats(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const QVariant& v = params[i];
        if (v.isNull())
            continue;
        if (v.typeId() == QMetaType::QByteArray) {
            storage[size_t(i)] = v.toByteArray();
            formats[size_t(i)] = 1;  // binary: bytea as is
        } else if (v.typeId() == QMetaType::Bool) {
            storage[size_t(i)] = v.toBool() ? "1" : "0";
        } else {
            storage[size_t(i)] = v.toString().toUtf8();
        }
        values[size_t(i)] = storage[size_t(i)].constData();
        lengths[size_t(i)] = int(storage[size_t(i)].size());
    }
    auto statement = prepared(sql, n);
    if (!statement)
        return statement.error();
    PGresult* res = statement.value().isEmpty()
        ? PQexecParams(m_conn, numberPlaceholders(sql).toUtf8().constData(), n, nullptr, values.data(), lengths.data(),
                       formats.data(), 0)
        : PQexecPrepared(m_conn, statement.value().constData(), n, values.data(), lengths.data(), formats.data(), 0);
    const auto status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString reason = QString::fromUtf8(PQresultErrorMessage(res));
        PQclear(res);
        return error(reason);
    }
    SqlRows rows;
    const int nrows = PQntuples(res), ncols = PQnfields(res);
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
        SqlRow row;
        row.values.reserve(ncols);
        for (int c = 0; c < ncols; ++c)
            row.values << (PQgetisnull(res, r, c) ? QVariant() : QVariant(QString::fromUtf8(PQgetvalue(res, r, c))));
        rows << std::move(row);
    }
    PQclear(res);
    return rows;
}

core::Result<QByteArray> PgConnection::prepared(const QString& sql, int params)
{
    // Long statements are the multi-row ones, built with a varying number of rows and rarely
    // run twice: they go unprepared. A bound keeps the cache small whatever else comes.
    constexpr int kMaxStatements = 256;
    constexpr qsizetype kMaxPreparedLength = 4096;
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return it.value();
    if (m_statements.size() >= kMaxStatements || sql.size() > kMaxPreparedLength)
        return QByteArray();
    const QByteArray name = "atlas_" + QByteArray::number(m_statements.size() + 1);
    PGresult* res = PQprepare(m_conn, name.constData(), numberPlaceholders(sql).toUtf8().constData(), params, nullptr);
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    const QString reason = QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    if (!ok)
        return error(reason);
    m_statements.insert(sql, name);
    return name;
}

core::Status PgConnection::execScript(const QString& sql)
{
    PGresult* res = PQexec(m_conn, sql.toUtf8().constData());
    const auto status = PQresultStatus(res);
    const QString reason = QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return error(reason);
    return core::Done{};
}

namespace {

// One value in COPY's text format: \N for null, backslash escapes for the separators.
void appendCopyValue(QByteArray& line, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        line += "\\N";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        line += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Bool:
        line += v.toBool() ? '1' : '0';
        return;
    case QMetaType::QByteArray:
        line += "\\\\x" + v.toByteArray().toHex();  // bytea's hex input, its backslash escaped
        return;
    default:
        break;
    }
    if (v.isNull()) {
        line += "\\N";
        return;
    }
    const QByteArray text = v.toString().toUtf8();
    qsizetype run = 0;  // start of the bytes not yet appended
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char escaped = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : 0;
        if (!escaped)
            continue;
        line.append(text.constData() + run, i - run).append('\\').append(escaped);
        run = i + 1;
    }
    line.append(text.constData() + run, text.size() - run);
}

}  // namespace

core::Status PgConnection::copyInto(const QString& table, const QStringList& columns, const QList<QVariantList>& rows)
{
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u", "));
    PGresult* res = PQexec(m_conn, sql.toUtf8().constData());
    const bool started = PQresultStatus(res) == PGRES_COPY_IN;
    QString reason = QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    if (!started)
        return error(reason);
    // Sent a megabyte at a time; an error is reported by the result after the end.
    constexpr qsizetype kChunk = 1 << 20;
    QByteArray buffer;
    buffer.reserve(kChunk + kChunk / 4);
    bool sent = true;
    for (const QVariantList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                buffer += '\t';
            appendCopyValue(buffer, row[i]);
        }
        buffer += '\n';
        if (buffer.size() > kChunk) {
            sent = sent && PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.resize(0);  // keeps the capacity
        }
    }
    if (!buffer.isEmpty())
        sent = sent && PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) == 1;
    sent = PQputCopyEnd(m_conn, sent ? nullptr : "the rows could not be sent") == 1 && sent;
    bool ok = sent;
    reason = sent ? QString() : QString::fromUtf8(PQerrorMessage(m_conn));
    while (PGresult* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            reason = QString::fromUtf8(PQresultErrorMessage(r));
        }
        PQclear(r);
    }
    return ok ? core::Status(core::Done{}) : core::Status(error(reason));
}

core::Status PgConnection::begin()
{
    return execScript(QStringLiteral("BEGIN"));
}

core::Status PgConnection::commit()
{
    return execScript(QStringLiteral("COMMIT"));
}

void PgConnection::rollback()
{
    execScript(QStringLiteral("ROLLBACK"));
}

}  // namespace atlas::server
