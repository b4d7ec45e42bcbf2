#include "PersonSearch.h"

#include "Pinyin.h"
#include "TextNormalizer.h"

#include "../store/Store.h"
#include "../store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <optional>

using namespace Qt::StringLiterals;

namespace PersonSearch {

namespace {

QString reversed(const QString &s)
{
    QString r = s;
    std::reverse(r.begin(), r.end());
    return r;
}

QString quoted(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

void tokensFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QByteArrayView parts[3];
    for (int i = 0; i < argc && i < 3; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (text)
            parts[i] = QByteArrayView(text, sqlite3_value_bytes(argv[i]));
    }
    const QByteArray out = tokens(parts[0], parts[1], parts[2]);
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

void addressTokensFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray out
            = addressTokens(QByteArrayView(text, text ? sqlite3_value_bytes(argv[0]) : 0));
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// Length of the UTF-8 sequence that starts with this byte.
qsizetype sequenceLength(char lead)
{
    const auto b = static_cast<unsigned char>(lead);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'X' || c == u'-';
    });
}

} // namespace

void registerFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "tl_search_tokens", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, tokensFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tl_address_tokens", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, addressTokensFunction, nullptr, nullptr, nullptr);
}

namespace {

// Every character, and every pair of neighbouring characters, of the text without spaces and
// ASCII punctuation (which the tokenizer would take for separators: "o." would be "o", found in
// every "No."), ASCII in lower case; each followed by a space. Without singles, a text of
// two or more characters gives its pairs only.
enum class Singles { Keep, Leave };
void appendCharacters(QByteArray &out, QByteArrayView text, Singles singles = Singles::Keep)
{
    QList<QByteArrayView> chars;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = std::min(sequenceLength(text[i]), text.size() - i);
        const char c = text[i];
        if (n > 1 || std::isalnum(static_cast<unsigned char>(c)))
            chars.append(text.sliced(i, n));
        i += n;
    }
    auto append = [&out](QByteArrayView c) {
        if (c.size() == 1)
            out += char(std::tolower(static_cast<unsigned char>(c[0])));
        else
            out += c;
    };
    const bool keepSingles = singles == Singles::Keep || chars.size() == 1;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (keepSingles) {
            append(chars[i]);
            out += ' ';
        }
        if (i + 1 < chars.size()) {
            append(chars[i]);
            append(chars[i + 1]);
            out += ' ';
        }
    }
}

} // namespace

QByteArray tokens(QByteArrayView name, QByteArrayView idNumber, QByteArrayView phone)
{
    QByteArray out;
    out.reserve(name.size() * 6 + idNumber.size() + phone.size() + 16);
    appendCharacters(out, name);
    // The pinyin of a Han name, behind a 'q' for the initials (zsf for 张三丰) and a 'p' for the
    // syllables (zhangsanfeng), from the surname and from the given name (sanfeng); a
    // four-character name may have a compound surname, so also from its third character.
    // Searches ask for prefixes of these, never shorter than three characters with the marker,
    // so they cannot meet a name's one- and two-character tokens.
    const QByteArrayList syllables = Pinyin::syllables(name);
    if (!syllables.isEmpty()) {
        out += 'q';
        for (const QByteArray &s : syllables)
            out += s[0];
        out += ' ';
        for (qsizetype from : { 0, 1, 2 }) {
            if (from >= syllables.size() || (from == 2 && syllables.size() < 4))
                break;
            out += 'p';
            for (qsizetype i = from; i < syllables.size(); ++i)
                out += syllables[i];
            out += ' ';
        }
    }
    // Numbers reversed, digits only (0531-12345678 is found by 5678), behind an 'r'.
    for (QByteArrayView number : { idNumber, phone }) {
        if (number.isEmpty())
            continue;
        out += 'r';
        for (qsizetype i = number.size() - 1; i >= 0; --i) {
            if (number[i] != '-')
                out += char(std::tolower(static_cast<unsigned char>(number[i])));
        }
        out += ' ';
    }
    out.chop(1);
    return out;
}

QByteArray addressTokens(QByteArrayView address)
{
    QByteArray out;
    out.reserve(address.size() * 2);
    // Pairs only: one character of an address (村, 组, 号) is in every household, and a
    // household's two dozen tokens would double the index for a search nobody makes.
    appendCharacters(out, address, Singles::Leave);
    out.chop(1);
    return out;
}

Query query(const QString &text)
{
    QString t = TextNormalizer::compact(text).toUpper();
    if (isNumber(t)) {
        // The index holds the digits only; the first digits are compared with the number as
        // stored, where a landline keeps the dash after its area code (0532-8765...).
        const QString digits = QString(t).remove(u'-').toLower();
        if (digits.size() < 3)
            return {};
        Query q;
        q.match = quoted(u'r' + reversed(digits)) + u'*';
        q.numberPrefix = t;
        return q;
    }
    t = t.toLower();
    Query q;
    q.needle = t;
    // The tokens leave out ASCII punctuation; the needle keeps it.
    t.removeIf([](QChar c) { return c.unicode() < 0x80 && !c.isLetterOrNumber(); });
    if (t.isEmpty())
        return {};
    if (t.size() == 1) {
        q.match = quoted(t);
        return q;
    }
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        pairs << quoted(t.mid(i, 2));
    pairs.removeDuplicates();
    q.match = pairs.join(u" AND "_s);
    // Letters may be pinyin: the start of the initials or of the syllables.
    if (std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        q.pinyin = quoted(u'q' + t) + u"* OR "_s + quoted(u'p' + t) + u'*';
    return q;
}

Rowids lastRowids(Store &store)
{
    QSqlQuery q(store.db());
    Rowids last;
    if (q.exec(u"SELECT (SELECT coalesce(max(rowid), 0) FROM persons), "
               "(SELECT coalesce(max(rowid), 0) FROM households)"_s)
        && q.next()) {
        last.persons = q.value(0).toLongLong();
        last.households = q.value(1).toLongLong();
    }
    return last;
}

Result<void> indexRowsAfter(Store &store, const Rowids &after)
{
    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO person_search (rowid, tokens) SELECT rowid, "
              "tl_search_tokens(name, id_number, phone) FROM persons WHERE rowid > ? AND deleted = 0"_s);
    q.addBindValue(after.persons);
    if (!q.exec())
        return Result<void>::failure(
                Store::tr("Cannot update the search index: %1").arg(q.lastError().text()));
    q.prepare(u"INSERT INTO household_search (rowid, tokens) SELECT rowid, "
              "tl_address_tokens(address) FROM households WHERE rowid > ? AND deleted = 0"_s);
    q.addBindValue(after.households);
    if (!q.exec())
        return Result<void>::failure(
                Store::tr("Cannot update the search index: %1").arg(q.lastError().text()));
    return {};
}

Result<void> rebuildIfIcuChanged(Store &store)
{
    const QString current = Pinyin::icuVersion();
    QSqlQuery q(store.db());
    auto isCurrent = [&q, &current]() -> std::optional<bool> {
        if (!q.exec(u"SELECT value FROM settings WHERE key = 'icu_version'"_s))
            return std::nullopt;
        const bool same = q.next() && q.value(0).toString() == current;
        q.finish();
        return same;
    };
    const std::optional<bool> unchanged = isCurrent();
    if (!unchanged)
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    if (*unchanged)
        return {};
    Transaction transaction(store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    // Another connection to the store (a worker's) may have made them while this one waited.
    const std::optional<bool> madeMeanwhile = isCurrent();
    if (!madeMeanwhile)
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    if (*madeMeanwhile)
        return transaction.commit();
    // Only the persons' tokens hold pinyin; the addresses' do not depend on ICU.
    for (const QString &sql :
         { u"INSERT INTO person_search (person_search) VALUES ('delete-all')"_s,
           u"INSERT INTO person_search (rowid, tokens) SELECT rowid, "
           "tl_search_tokens(name, id_number, phone) FROM persons WHERE deleted = 0"_s,
           u"REINDEX persons_name_order"_s }) {
        if (!q.exec(sql))
            return Result<void>::failure(
                    Store::tr("Cannot update the search index: %1").arg(q.lastError().text()));
    }
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES ('icu_version', ?)"_s);
    q.addBindValue(current);
    if (!q.exec())
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    return transaction.commit();
}

} // namespace PersonSearch
