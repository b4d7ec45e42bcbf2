#include "NaturalOrder.h"

#include <sqlite3.h>

#include <string_view>

namespace NaturalOrder {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int collate(void *, int aSize, const void *aData, int bSize, const void *bData)
{
    return compare(QByteArrayView(static_cast<const char *>(aData), aSize),
                   QByteArrayView(static_cast<const char *>(bData), bSize));
}

} // namespace

int compare(QByteArrayView a, QByteArrayView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare the two numbers by value: skip leading zeros, then the longer run is the
            // larger number, and runs of one length compare digit by digit.
            while (i < a.size() && a[i] == '0')
                ++i;
            while (j < b.size() && b[j] == '0')
                ++j;
            qsizetype aEnd = i;
            qsizetype bEnd = j;
            while (aEnd < a.size() && isDigit(a[aEnd]))
                ++aEnd;
            while (bEnd < b.size() && isDigit(b[bEnd]))
                ++bEnd;
            if (aEnd - i != bEnd - j)
                return aEnd - i < bEnd - j ? -1 : 1;
            for (; i < aEnd; ++i, ++j) {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            }
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    // Equal by value ("07" and "7"): fall back to the bytes, so that the order stays total.
    const int bytes = std::string_view(a.data(), size_t(a.size())).compare(std::string_view(b.data(), size_t(b.size())));
    return bytes < 0 ? -1 : (bytes > 0 ? 1 : 0);
}

void registerCollation(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "tl_natural", SQLITE_UTF8, nullptr, collate, nullptr);
}

} // namespace NaturalOrder
