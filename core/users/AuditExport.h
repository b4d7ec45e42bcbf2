#pragma once

#include "../store/AuditLog.h"

#include <QCoreApplication>

#include <functional>

// The audit entries a filter takes, written to an xlsx workbook for an inspection: a title, the
// unit and what the filter keeps, then one row an entry, newest first, in the viewer's words.
// Rows stream to disk; the file appears whole or not at all. Needs the right to read the audit
// trail.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    // Told the entries written so far; returns false to cancel.
    using Progress = std::function<bool(qint64 written)>;

    // Returns the number of entries written.
    static Result<qint64> write(Store &store, const AuditLog::Filter &filter, const QString &path,
                                const Progress &progress = {});
};
