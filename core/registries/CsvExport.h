#pragma once

#include "RegistryQuery.h"

// Writes a registry as CSV (RFC 4180, every field quoted): one header line, then one line a
// row. UTF-8 with a byte-order mark by default, which Excel on a Chinese Windows opens right;
// GB18030 for older programs that want it. The file appears whole or not at all.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    enum class Encoding { Utf8Bom, Gb18030 };

    // Returns the number of rows written.
    static Result<qint64> write(RegistryQuery &query, const QString &path,
        Encoding encoding = Encoding::Utf8Bom, const RegistryQuery::Progress &progress = {});
};
