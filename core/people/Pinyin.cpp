#include "Pinyin.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>
#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include <memory>

namespace Pinyin {

namespace {

// Surnames ICU reads with another, common reading. Each has its reading and a character that
// ICU reads that way, which stands in for it when sorting. Compound surnames come before the
// single character they begin with.
struct Surname
{
    const char *surname;
    QByteArrayList readings;
    const char *soundAlike;
};

const QList<Surname> &surnames()
{
    static const QList<Surname> table = {
        { "尉迟", { "yu", "chi" }, "玉迟" },
        { "单于", { "chan", "yu" }, "蝉于" },
        { "万俟", { "mo", "qi" }, "莫其" },
        { "曾", { "zeng" }, "增" },
        { "单", { "shan" }, "善" },
        { "解", { "xie" }, "谢" },
        { "区", { "ou" }, "欧" },
        { "仇", { "qiu" }, "求" },
        { "朴", { "piao" }, "瓢" },
        { "查", { "zha" }, "渣" },
        { "盖", { "ge" }, "葛" },
        { "乐", { "yue" }, "岳" },
        { "缪", { "miao" }, "妙" },
        { "折", { "she" }, "舌" },
        { "覃", { "qin" }, "秦" },
        { "翟", { "zhai" }, "宅" },
        { "阚", { "kan" }, "看" },
    };
    return table;
}

const Surname *surnameOf(QByteArrayView name)
{
    for (const Surname &s : surnames()) {
        if (name.startsWith(QByteArrayView(s.surname)))
            return &s;
    }
    return nullptr;
}

// Decodes the UTF-8 sequence at i, moving i past it; a broken sequence gives U+FFFD.
char32_t nextCodePoint(QByteArrayView s, qsizetype &i)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    const int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (i + n > s.size()) {
        i = s.size();
        return 0xFFFD;
    }
    char32_t c = n == 1 ? lead : lead & (0x3F >> (n - 1));
    for (int k = 1; k < n; ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return c;
}

// The ICU transliterator takes a fifth of a second to make and about 10 µs per character, so it
// is made once and asked once per character; the readings are kept per thread, the
// transliterator is shared under a lock.
QByteArray transliterate(char32_t c)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    const QMutexLocker lock(&mutex);
    if (!transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    if (!transliterator)
        return {};
    icu::UnicodeString text(static_cast<UChar32>(c));
    transliterator->transliterate(text);
    std::string utf8;
    text.toUTF8String(utf8);
    QByteArray reading;
    for (char ch : utf8) {
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
        if (ch < 'a' || ch > 'z')
            return {}; // no reading: ICU gave the character back, or something else
        reading += ch;
    }
    return reading;
}

QByteArray readingOf(char32_t c)
{
    thread_local QHash<char32_t, QByteArray> cache;
    const auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    UErrorCode status = U_ZERO_ERROR;
    const bool han = uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN;
    const QByteArray reading = han && U_SUCCESS(status) ? transliterate(c) : QByteArray();
    cache.insert(c, reading);
    return reading;
}

// Collator::getSortKey is const, but ICU promises thread safety only for distinct instances:
// each thread clones the one made for the process.
icu::Collator *collator()
{
    static const std::unique_ptr<icu::Collator> shared = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            c.reset();
        return c;
    }();
    thread_local const std::unique_ptr<icu::Collator> own(shared ? shared->clone() : nullptr);
    return own.get();
}

void nameKeyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = sortKey(QByteArrayView(text, text ? sqlite3_value_bytes(argv[0]) : 0));
    sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void icuVersionFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const QByteArray version = icuVersion().toUtf8();
    sqlite3_result_text(context, version.constData(), int(version.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArrayList syllables(QByteArrayView name)
{
    QByteArrayList out;
    qsizetype i = 0;
    if (const Surname *s = surnameOf(name)) {
        out = s->readings;
        i = qstrlen(s->surname);
    }
    while (i < name.size()) {
        const char32_t c = nextCodePoint(name, i);
        if (c < 0x80)
            continue;
        QByteArray reading = readingOf(c);
        if (!reading.isEmpty())
            out.append(std::move(reading));
    }
    return out;
}

QByteArray sortKey(QByteArrayView name)
{
    icu::Collator *c = collator();
    if (!c)
        return name.toByteArray();
    icu::UnicodeString text;
    if (const Surname *s = surnameOf(name)) {
        text = icu::UnicodeString::fromUTF8(s->soundAlike);
        name = name.sliced(qstrlen(s->surname));
    }
    text += icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), int32_t(name.size())));
    QByteArray key(64, Qt::Uninitialized);
    int32_t size
        = c->getSortKey(text, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = c->getSortKey(text, reinterpret_cast<uint8_t *>(key.data()), size);
    }
    // The key ends in a zero byte, which adds nothing to the order.
    key.resize(size > 0 ? size - 1 : 0);
    return key;
}

QString icuVersion()
{
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

void registerFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "tl_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        nameKeyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tl_icu_version", 0, SQLITE_UTF8, nullptr, icuVersionFunction,
        nullptr, nullptr, nullptr);
}

} // namespace Pinyin
