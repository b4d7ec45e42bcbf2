#pragma once

#include "../store/Result.h"

#include <QString>

class Store;
struct sqlite3;

// Search as you type over name, pinyin, ID number, phone and address. The FTS5 index holds, per
// person, every character and every pair of characters of the name (Chinese names are two or
// three characters, too short for trigrams), the name's pinyin, and the ID number and phone
// reversed, so that their last digits are a prefix query. Their first digits are a range on the
// ordinary B-tree indexes instead: a prefix such as 37028519 matches half a township, and FTS5
// would merge one doclist per person. Addresses are indexed per household (household_search).
namespace PersonSearch {

// Registers tl_search_tokens(name, id_number, phone) and tl_address_tokens(address) on a
// connection; the triggers that keep the indexes need them.
void registerFunctions(sqlite3 *db);
// UTF-8 in, UTF-8 out: it runs once for every person written, so it stays on bytes.
QByteArray tokens(QByteArrayView name, QByteArrayView idNumber, QByteArrayView phone);
// A household's address, indexed in household_search by its pairs of characters (as names are,
// less the single characters).
QByteArray addressTokens(QByteArrayView address);

struct Query
{
    QString match;  // FTS5 MATCH expression; empty when the text cannot be searched yet
    // What a matched name or address must contain (pairs alone can match out of order).
    QString needle;
    // MATCH expression for pinyin prefixes; empty unless the text is two or more letters.
    QString pinyin;
    QString numberPrefix; // for numbers: the first digits of an ID number or phone
    bool isValid() const { return !match.isEmpty(); }
};
// Numbers need at least three digits; names at least one character.
Query query(const QString &text);

// The largest rowids of persons and households; 0 where there are none.
struct Rowids
{
    qint64 persons = 0;
    qint64 households = 0;
};
Rowids lastRowids(Store &store);
// Indexes the persons and households whose rowid is above those given: after a BulkLoad, which
// drops the triggers that index them one by one.
Result<void> indexRowsAfter(Store &store, const Rowids &after);

// The search index and the pinyin order of names hold what one version of ICU made (see
// Pinyin), and a contentless index can only remove an entry whose tokens it is given again
// unchanged: when the store was last indexed by another ICU, both are made again.
Result<void> rebuildIfIcuChanged(Store &store);

} // namespace PersonSearch
