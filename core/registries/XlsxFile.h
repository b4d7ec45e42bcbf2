#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <xlsxwriter.h>

// A workbook that libxlsxwriter writes to a scratch file of its own naming, put in place through
// QSaveFile by save(): a cancelled or failed write leaves nothing behind.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    // In constant-memory mode rows stream to disk, and must be written in order.
    explicit XlsxFile(bool constantMemory);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // Null when the workbook could not be made (see error()).
    lxw_workbook *workbook() const { return m_workbook; }
    const QString &error() const { return m_error; }
    Result<void> save(const QString &path);

private:
    QTemporaryDir m_scratch;
    QString m_scratchPath;
    lxw_workbook *m_workbook = nullptr;
    QString m_error;
};
