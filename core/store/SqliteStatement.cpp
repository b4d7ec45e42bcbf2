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

SqliteBatchInsert::SqliteBatchInsert(sqlite3 *db, QByteArray head, QByteArray row)
    : m_db(db)
    , m_head(std::move(head))
    , m_row(std::move(row))
    , m_valuesPerRow(m_row.count('?'))
{
    m_values.reserve(size_t(m_valuesPerRow * RowsPerStatement));
}

SqliteBatchInsert::~SqliteBatchInsert() = default;

SqliteBatchInsert &SqliteBatchInsert::operator<<(const QString &text)
{
    return *this << text.toUtf8();
}

SqliteBatchInsert &SqliteBatchInsert::operator<<(const QByteArray &utf8)
{
    m_values.push_back({ Value::Kind::Text, utf8, 0 });
    return *this;
}

SqliteBatchInsert &SqliteBatchInsert::operator<<(qint64 value)
{
    m_values.push_back({ Value::Kind::Integer, {}, value });
    return *this;
}

SqliteBatchInsert &SqliteBatchInsert::null()
{
    m_values.push_back({ Value::Kind::Null, {}, 0 });
    return *this;
}

bool SqliteBatchInsert::endRow()
{
    Q_ASSERT(qsizetype(m_values.size()) % m_valuesPerRow == 0);
    if (qsizetype(m_values.size()) < m_valuesPerRow * RowsPerStatement)
        return true;
    return run(RowsPerStatement);
}

bool SqliteBatchInsert::finish()
{
    return m_values.empty() || run(qsizetype(m_values.size()) / m_valuesPerRow);
}

bool SqliteBatchInsert::run(qsizetype rows)
{
    auto statementFor = [this](qsizetype n) {
        QByteArray sql = m_head;
        for (qsizetype i = 0; i < n; ++i)
            sql += (i == 0 ? " " : ", ") + m_row;
        return std::make_unique<SqliteStatement>(m_db, sql.constData());
    };
    std::unique_ptr<SqliteStatement> last;
    SqliteStatement *statement = nullptr;
    if (rows == RowsPerStatement) {
        if (!m_full)
            m_full = statementFor(rows);
        statement = m_full.get();
    } else {
        last = statementFor(rows);
        statement = last.get();
    }
    if (!statement->isValid()) {
        m_error = statement->error();
        return false;
    }
    int index = 0;
    for (const Value &value : m_values) {
        ++index;
        switch (value.kind) {
        case Value::Kind::Text: statement->bindUncopied(index, value.text); break;
        case Value::Kind::Integer: statement->bind(index, value.integer); break;
        case Value::Kind::Null: statement->bindNull(index); break;
        }
    }
    const bool ran = statement->run();
    if (!ran)
        m_error = statement->error();
    m_values.clear();
    return ran;
}
