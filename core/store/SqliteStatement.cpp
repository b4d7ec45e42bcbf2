#include "SqliteStatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUncopied(int index, QByteArrayView utf8)
{
    // An empty view may have no data: SQLite would take a null pointer for NULL.
    sqlite3_bind_text(
        m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindToEveryRow(const char *name, const QByteArray &utf8)
{
    m_everyRowIndex = sqlite3_bind_parameter_index(m_stmt, name);
    Q_ASSERT(m_everyRowIndex > 0);
    m_everyRowText = utf8;
    bindUncopied(m_everyRowIndex, m_everyRowText);
}

bool SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (m_everyRowIndex > 0)
        bindUncopied(m_everyRowIndex, m_everyRowText);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}
