#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

struct sqlite3;

// Names as a clerk says and orders them: the pinyin of each Han character (ICU's Han-Latin
// transliterator, without tones) and a sort key in pinyin order (ICU's zh collation). ICU reads
// every character with its common reading, which is wrong for a few well-known surnames (曾 is
// zeng, not ceng): a short table gives their reading when they begin a name.
// Both depend on ICU's data, so an index built from them is valid for one ICU version only
// (see icuVersion()).
namespace Pinyin {

// UTF-8 in: one lower-case ASCII syllable per Han character, in order; other characters are
// left out. Transliterating is slow, so each character's reading is kept once it is known.
QByteArrayList syllables(QByteArrayView name);

// UTF-8 in: bytes that compare (memcmp) in the pinyin order of the names.
QByteArray sortKey(QByteArrayView name);

// The version of ICU the readings and sort keys come from, such as "72.1".
QString icuVersion();

// Registers tl_name_key(name), the sort key as a BLOB, deterministic so that an index can be
// built on it, and tl_icu_version().
void registerFunctions(sqlite3 *db);

} // namespace Pinyin
