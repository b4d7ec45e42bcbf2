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
    QString parts[3];
    for (int i = 0; i < argc && i < 3; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        parts[i] = text ? QString::fromUtf8(text, sqlite3_value_bytes(argv[i])) : QString();
    }
    const QByteArray out = tokens(parts[0], parts[1], parts[2]).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'X';
    });
}

} // namespace

void registerFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "tl_search_tokens", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, tokensFunction, nullptr, nullptr, nullptr);
}

QString tokens(const QString &name, const QString &idNumber, const QString &phone)
{
    QStringList out;
    const QString n = TextNormalizer::compact(name).toLower();
    for (qsizetype i = 0; i < n.size(); ++i) {
        out << n.mid(i, 1);
        if (i + 1 < n.size())
            out << n.mid(i, 2);
    }
    // Phones keep only their digits, so 0531-12345678 is found by 053112 or by 5678.
    QString phoneDigits = phone;
    phoneDigits.remove(u'-');
    for (const QString &number : { idNumber.toLower(), phoneDigits }) {
        if (!number.isEmpty())
            out << number << u'r' + reversed(number);
    }
    return out.join(u' ');
}

Query query(const QString &text)
{
    QString t = TextNormalizer::compact(text).toUpper();
    if (isNumber(t)) {
        if (t.size() < 3)
            return {};
        t.remove(u'-');
        const QString lower = t.toLower();
        return { quoted(lower) + u"* OR "_s + quoted(u'r' + reversed(lower)) + u'*', QString() };
    }
    t = t.toLower();
    if (t.isEmpty())
        return {};
    if (t.size() == 1)
        return { quoted(t), t };
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        pairs << quoted(t.mid(i, 2));
    pairs.removeDuplicates();
    return { pairs.join(u" AND "_s), t };
}

BulkLoad::BulkLoad(Store &store) : m_store(store)
{
    QSqlQuery q(store.db());
    if (q.exec(u"SELECT coalesce(max(rowid), 0) FROM persons"_s) && q.next())
        m_lastRowid = q.value(0).toLongLong();
    q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'persons' "
           "AND sql LIKE '%person_search%'"_s);
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_triggers << q.value(1).toString();
    }
    for (const QString &name : names) {
        if (!q.exec(u"DROP TRIGGER "_s + name))
            m_error = q.lastError().text();
    }
}

Result<void> BulkLoad::finish()
{
    QSqlQuery q(m_store.db());
    q.prepare(u"INSERT INTO person_search (rowid, tokens) SELECT rowid, "
              "tl_search_tokens(name, id_number, phone) FROM persons WHERE rowid > ? AND deleted = 0"_s);
    q.addBindValue(m_lastRowid);
    if (!m_error.isEmpty() || !q.exec())
        return Result<void>::failure(Store::tr("Cannot update the search index: %1")
                                             .arg(m_error.isEmpty() ? q.lastError().text() : m_error));
    for (const QString &sql : std::as_const(m_triggers)) {
        if (!q.exec(sql))
            return Result<void>::failure(Store::tr("Cannot update the search index: %1").arg(q.lastError().text()));
    }
    m_triggers.clear();
    return {};
}

} // namespace PersonSearch
