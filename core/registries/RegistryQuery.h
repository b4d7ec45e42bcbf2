#pragma once

#include "RegistryDefinition.h"
#include "RegistryFilter.h"

#include "../store/Result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class Store;
struct sqlite3_stmt;

// Runs a registry over the store with a filter and hands out its rows one at a time, as the
// cells a paper form shows: codes in words, ID numbers and phones masked unless full data is
// asked for, the row number filled in. Exporters pull rows one by one and the preview asks for a
// page, so a registry of a whole township is never held in memory. Use it on the thread that
// opened the store.
class RegistryQuery
{
    Q_DECLARE_TR_FUNCTIONS(RegistryQuery)

public:
    // Reports done of total; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    RegistryQuery(Store &store, RegistryDefinition definition, RegistryFilter filter);
    ~RegistryQuery();
    RegistryQuery(const RegistryQuery &) = delete;
    RegistryQuery &operator=(const RegistryQuery &) = delete;

    const RegistryDefinition &definition() const { return m_definition; }
    const RegistryFilter &filter() const { return m_filter; }
    // The unit the rows belong to, for the line under the title: the township, and the village
    // when the filter names one.
    QString unitName() const;

    // The number of rows the filter matches.
    Result<qint64> count();

    // Starts reading rows from offset (at most limit of them; all when negative), for the
    // screen: full data needs the right to see it.
    Result<void> start(qint64 offset = 0, qint64 limit = -1);
    // Starts reading every row for an export or a printout: full data needs the right to export
    // it and a reason, and the export is written in the audit log (who, the registry, its
    // filter, the rows and the reason).
    Result<void> startExport();
    // Reads every row again from the first, for a printout that measures its pages before it
    // draws them: the export was checked and noted when it started.
    Result<void> rewind();
    // Moves to the next row; false at the end, or on an error (then error() says what).
    bool next();
    // The current row's cells, one per column, in UTF-8.
    const QByteArrayList &cells() const { return m_cells; }
    const QString &error() const { return m_error; }

    // A page of rows as text, for the preview.
    Result<QList<QStringList>> fetch(qint64 offset, int limit);

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *stmt) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    Result<Statement> prepare(const QString &sql);
    Result<void> run(qint64 offset, qint64 limit);
    QByteArray labelled(int column, const QByteArray &raw);

    Store &m_store;
    RegistryDefinition m_definition;
    RegistryFilter m_filter;
    QString m_villageCode;
    QString m_villageName;
    QString m_problem; // a filter that cannot be applied
    QString m_error;
    Statement m_rows;
    QList<int> m_fieldIndex; // SELECT column of each registry column, -1 for none
    QList<QHash<QByteArray, QByteArray>> m_labels;
    QByteArrayList m_cells;
    qint64 m_rowNumber = 0;
    double m_fever = 37.3;
};
