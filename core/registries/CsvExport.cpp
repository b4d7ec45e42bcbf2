#include "CsvExport.h"

#include "RegistryLayout.h"

#include <QSaveFile>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 1000;

void appendField(QByteArray &line, const QByteArray &utf8)
{
    line += '"';
    for (char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

} // namespace

Result<qint64> CsvExport::write(RegistryQuery &query, const QString &path, Encoding encoding,
    const RegistryQuery::Progress &progress)
{
    // Counting costs a pass over the rows: only done when someone watches the progress.
    qint64 total = 0;
    if (progress) {
        const auto counted = query.count();
        if (!counted)
            return Result<qint64>::failure(counted.error());
        total = counted.value();
    }
    if (auto started = query.startExport(); !started)
        return Result<qint64>::failure(started.error());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QStringEncoder gb18030("GB18030");
    const bool utf8 = encoding == Encoding::Utf8Bom;
    QByteArray line;
    const auto endLine = [&] {
        line += "\r\n";
        if (utf8)
            file.write(line);
        else
            file.write(gb18030.encode(QString::fromUtf8(line)));
        line.clear();
    };

    if (utf8)
        file.write("\xEF\xBB\xBF");
    const auto &columns = query.definition().columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            line += ',';
        appendField(line, RegistryLayout::flatHeading(columns[c]).toUtf8());
    }
    endLine();

    qint64 rows = 0;
    while (query.next()) {
        const QByteArrayList &cells = query.cells();
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += ',';
            appendField(line, cells[c]);
        }
        endLine();
        if (++rows % ProgressEvery == 0 && progress && !progress(rows, total)) {
            file.cancelWriting();
            return Result<qint64>::failure(tr("The export was cancelled."));
        }
    }
    if (!query.error().isEmpty()) {
        file.cancelWriting();
        return Result<qint64>::failure(query.error());
    }
    if (progress)
        progress(rows, total);
    if (!file.commit())
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}
