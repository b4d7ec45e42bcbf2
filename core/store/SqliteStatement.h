#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite handle, for bulk work (demo data, bundle import) where
// QSqlQuery's per-row QVariant and UTF-16 conversions would cost more than the insert itself.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    // Binds without a copy, for rows made ahead in a buffer: the bytes must stay as they are
    // until run().
    void bindUncopied(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Binds the named parameter (":owner") to the same text for every row the statement runs.
    void bindToEveryRow(const char *name, const QByteArray &utf8);
    // Runs the statement and resets it for the next row; false on error (see error()).
    bool run();
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_everyRowIndex = 0;
    QByteArray m_everyRowText;
};

// Binds values 1..n in the order given, then runs the statement: SqliteRow(insert) << id << name
// << 3 ... .run().
class SqliteRow
{
public:
    explicit SqliteRow(SqliteStatement &statement)
        : m_statement(statement)
    { }
    SqliteRow &operator<<(const QString &text)
    {
        m_statement.bind(++m_index, text);
        return *this;
    }
    SqliteRow &operator<<(qint64 value)
    {
        m_statement.bind(++m_index, value);
        return *this;
    }
    SqliteRow &null()
    {
        m_statement.bindNull(++m_index);
        return *this;
    }
    bool run() { return m_statement.run(); }

private:
    SqliteStatement &m_statement;
    int m_index = 0;
};

// Inserts rows many to a statement: INSERT … VALUES (…), (…), …. SQLite does part of its work
// once a statement rather than once a row (the value lists of CHECK … IN constraints, the
// statement journal, the foreign key checks' setup); for a table with several such
// constraints that costs more than the row itself, and RowsPerStatement rows to a statement
// make a large insert about three times faster.
class SqliteBatchInsert
{
public:
    // head: "INSERT INTO t (a, b, c) VALUES"; row: one row's values with a ? for each value
    // given, "(?, ?, 0, ?)".
    SqliteBatchInsert(sqlite3 *db, QByteArray head, QByteArray row);
    ~SqliteBatchInsert();
    SqliteBatchInsert(const SqliteBatchInsert &) = delete;
    SqliteBatchInsert &operator=(const SqliteBatchInsert &) = delete;

    SqliteBatchInsert &operator<<(const QString &text);
    SqliteBatchInsert &operator<<(const QByteArray &utf8);
    SqliteBatchInsert &operator<<(qint64 value);
    SqliteBatchInsert &null();
    // Ends a row; runs the statement when it holds RowsPerStatement rows. False on error.
    bool endRow();
    // Runs the rows given since the statement last ran. False on error.
    bool finish();
    const QString &error() const { return m_error; }

    static constexpr int RowsPerStatement = 64;

private:
    struct Value
    {
        enum class Kind { Text, Integer, Null } kind;
        QByteArray text;
        qint64 integer;
    };
    bool run(qsizetype rows);

    sqlite3 *m_db;
    const QByteArray m_head;
    const QByteArray m_row;
    const qsizetype m_valuesPerRow;
    std::unique_ptr<SqliteStatement> m_full; // for RowsPerStatement rows
    std::vector<Value> m_values; // of the rows not yet run
    QString m_error;
};

