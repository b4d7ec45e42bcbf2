#include "PersonSearch.h"

#include "TextNormalizer.h"

#include "../store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

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
}

QByteArray tokens(QByteArrayView name, QByteArrayView idNumber, QByteArrayView phone)
{
    QByteArray out;
    out.reserve(name.size() * 3 + idNumber.size() + phone.size() + 8);
    // Every character, and every pair of neighbouring characters, of the name without spaces.
    QList<QByteArrayView> chars;
    for (qsizetype i = 0; i < name.size();) {
        const qsizetype n = std::min(sequenceLength(name[i]), name.size() - i);
        const char c = name[i];
        if (!(n == 1 && (c == ' ' || c == '\t')))
            chars.append(name.sliced(i, n));
        i += n;
    }
    auto append = [&out](QByteArrayView c) {
        if (c.size() == 1)
            out += char(std::tolower(static_cast<unsigned char>(c[0])));
        else
            out += c;
    };
    for (qsizetype i = 0; i < chars.size(); ++i) {
        append(chars[i]);
        out += ' ';
        if (i + 1 < chars.size()) {
            append(chars[i]);
            append(chars[i + 1]);
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

Query query(const QString &text)
{
    QString t = TextNormalizer::compact(text).toUpper();
    if (isNumber(t)) {
        // The index holds the digits only; the first digits are compared with the number as
        // stored, where a landline keeps the dash after its area code (0532-8765...).
        const QString digits = QString(t).remove(u'-').toLower();
        if (digits.size() < 3)
            return {};
        return { quoted(u'r' + reversed(digits)) + u'*', QString(), t };
    }
    t = t.toLower();
    if (t.isEmpty())
        return {};
    if (t.size() == 1)
        return { quoted(t), t, {} };
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        pairs << quoted(t.mid(i, 2));
    pairs.removeDuplicates();
    return { pairs.join(u" AND "_s), t, {} };
}

qint64 lastPersonRowid(Store &store)
{
    QSqlQuery q(store.db());
    return q.exec(u"SELECT coalesce(max(rowid), 0) FROM persons"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> indexPersonsAfter(Store &store, qint64 afterRowid)
{
    QSqlQuery q(store.db());
    q.prepare(u"INSERT INTO person_search (rowid, tokens) SELECT rowid, "
              "tl_search_tokens(name, id_number, phone) FROM persons WHERE rowid > ? AND deleted = 0"_s);
    q.addBindValue(afterRowid);
    if (!q.exec())
        return Result<void>::failure(Store::tr("Cannot update the search index: %1").arg(q.lastError().text()));
    return {};
}

} // namespace PersonSearch
