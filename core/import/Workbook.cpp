#include "Workbook.h"

#include "CsvWorkbook.h"
#include "XlsWorkbook.h"
#include "XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path)
{
    using Opened = Result<std::unique_ptr<Workbook>>;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Opened::failure(tr("%1 cannot be opened: %2").arg(fileName, file.errorString()));
    // What the file holds tells its kind; a clerk's file names and extensions often do not.
    const QByteArray start = file.read(8);
    file.close();
    if (start.isEmpty())
        return Opened::failure(tr("%1 is empty.").arg(fileName));
    if (start.startsWith("PK\x03\x04"))
        return XlsxWorkbook::open(path);
    if (start == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return XlsWorkbook::open(path);
    // Text: a CSV file, or something that CsvWorkbook refuses with the reason.
    return CsvWorkbook::open(path);
}
