#include "XlsxFile.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

XlsxFile::XlsxFile(bool constantMemory)
{
    if (!m_scratch.isValid()) {
        m_error = tr("Cannot make a temporary folder: %1").arg(m_scratch.errorString());
        return;
    }
    m_scratchPath = m_scratch.filePath(u"workbook.xlsx"_s);
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_scratchPath).constData(), &options);
    if (!m_workbook)
        m_error = tr("Cannot write a workbook in %1.").arg(m_scratch.path());
}

XlsxFile::~XlsxFile()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

Result<void> XlsxFile::save(const QString &path)
{
    using R = Result<void>;
    if (!m_workbook)
        return R::failure(m_error);
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return R::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    QFile written(m_scratchPath);
    QSaveFile file(path);
    if (!written.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    while (!written.atEnd())
        file.write(written.read(1 << 20));
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
