#pragma once

#include "../store/Result.h"

#include <QString>

class Store;
struct sqlite3;

// Search as you type over name, ID number and phone. The FTS5 index holds, per person, every
// character and every pair of characters of the name (Chinese names are two or three characters,
// too short for trigrams), and the ID number and phone reversed, so that their last digits are a
// prefix query. Their first digits are a range on the ordinary B-tree indexes instead: a prefix
// such as 37028519 matches half a township, and FTS5 would merge one doclist per person.
namespace PersonSearch {

// Registers tl_search_tokens(name, id_number, phone) on a connection; the triggers that keep the
// index need it.
void registerFunctions(sqlite3 *db);
// UTF-8 in, UTF-8 out: it runs once for every person written, so it stays on bytes.
QByteArray tokens(QByteArrayView name, QByteArrayView idNumber, QByteArrayView phone);

struct Query
{
    QString match;  // FTS5 MATCH expression; empty when the text cannot be searched yet
    QString needle; // what a matched name must contain (pairs alone can match out of order)
    QString numberPrefix; // for numbers: the first digits of an ID number or phone
    bool isValid() const { return !match.isEmpty(); }
};
// Numbers need at least three digits; names at least one character.
Query query(const QString &text);

// Indexes the persons whose rowid is above afterRowid: after a BulkLoad, which drops the
// triggers that index persons one by one.
Result<void> indexPersonsAfter(Store &store, qint64 afterRowid);
// The largest rowid of persons; 0 when there are none.
qint64 lastPersonRowid(Store &store);

} // namespace PersonSearch
