#pragma once

#include <QByteArrayView>

struct sqlite3;

// Orders text as a clerk reads it: runs of digits by their value, so that house 2号 comes before
// 10号 and group 2 before group 10; everything else byte by byte (UTF-8, so by code point).
// Registered on every connection as the collation tl_natural: ORDER BY address COLLATE tl_natural.
namespace NaturalOrder {

// Negative, zero or positive, as memcmp.
int compare(QByteArrayView a, QByteArrayView b);
void registerCollation(sqlite3 *db);

} // namespace NaturalOrder
