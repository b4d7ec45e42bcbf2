// The foundation's benchmark: demo insert against a bare SQLite insert of the same rows (the
// floor), search latency, and the time to open the residents view, on townships of the sizes
// given on the command line.

#include "people/ResidentsPage.h"

#include "demo/DemoTownship.h"
#include "people/PersonQuery.h"
#include "people/Pinyin.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Table
{
    QString name;
    QByteArray insertSql;
    QList<QList<QByteArray>> rows; // NULL is a null QByteArray
};

// The rows the demo wrote, read back into memory so the floor's timed loop does nothing but
// insert them.
QList<Table> readBack(Store &store)
{
    QList<Table> tables;
    for (const QString &name :
        { u"regions"_s, u"households"_s, u"persons"_s, u"screening_visits"_s }) {
        Table t;
        t.name = name;
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM "_s + name);
        const int columns = q.record().count();
        QStringList names;
        QStringList marks;
        for (int c = 0; c < columns; ++c) {
            names << q.record().fieldName(c);
            marks << u"?"_s;
        }
        t.insertSql
            = (u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(name, names.join(u','), marks.join(u',')))
                  .toUtf8();
        while (q.next()) {
            QList<QByteArray> row;
            for (int c = 0; c < columns; ++c)
                row << (q.isNull(c) ? QByteArray() : q.value(c).toString().toUtf8());
            t.rows << row;
        }
        tables << t;
    }
    return tables;
}

// The same tables as the store (columns, primary keys) but no secondary index, no search index,
// no triggers: the least work SQLite can do to hold these rows.
double floorInsert(const QString &path, const QList<Table> &tables, Store &store)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;", nullptr,
        nullptr, nullptr);
    for (const Table &t : tables) {
        QSqlQuery q(store.db());
        q.exec(u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%1'"_s.arg(t.name));
        q.next();
        sqlite3_exec(db, q.value(0).toString().toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Table &t : tables) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, t.insertSql.constData(), -1, &stmt, nullptr);
        for (const auto &row : t.rows) {
            for (int c = 0; c < row.size(); ++c) {
                if (row[c].isNull())
                    sqlite3_bind_null(stmt, c + 1);
                else
                    sqlite3_bind_text(
                        stmt, c + 1, row[c].constData(), int(row[c].size()), SQLITE_STATIC);
            }
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
        ? 0
        : values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

void run(qint64 persons)
{
    // Speed on a shared machine drifts from minute to minute: each side is timed several times on
    // a fresh file, the two sides taking turns so that both meet the same drift, and the best run
    // of each counts.
    const int repeats = persons <= 200'000 ? 5 : 1;
    QTemporaryDir dir;
    std::unique_ptr<Store> kept;
    double demoSeconds = 1e9;
    qint64 rows = 0;
    QElapsedTimer timer;
    out << "== " << persons << " persons ==" << Qt::endl;
    auto demo = [&](int attempt) {
        if (kept) {
            const QString old = kept->path();
            kept.reset();
            QFile::remove(old);
        }
        auto opened = Store::open(dir.filePath(u"bench-%1.sqlite"_s.arg(attempt)));
        if (!opened) {
            out << opened.error() << Qt::endl;
            return false;
        }
        DemoTownship::Options options;
        options.persons = persons;
        options.seed = 7;
        // The floor writes households, persons and visits only; so does the demo measured here.
        options.controlWork = false;
        timer.start();
        auto summary = DemoTownship::generate(*opened.value(), options);
        demoSeconds = std::min(demoSeconds, double(timer.nsecsElapsed()) / 1e9);
        if (!summary) {
            out << summary.error() << Qt::endl;
            return false;
        }
        rows = summary->households + summary->persons + summary->visits;
        kept = std::move(opened).value();
        return true;
    };
    if (!demo(0))
        return;
    const QList<Table> tables = readBack(*kept);
    double floorSeconds = 1e9;
    for (int attempt = 0; attempt < repeats; ++attempt) {
        const QString floorPath = dir.filePath(u"floor-%1.sqlite"_s.arg(attempt));
        floorSeconds = std::min(floorSeconds, floorInsert(floorPath, tables, *kept));
        QFile::remove(floorPath);
        if (attempt + 1 < repeats && !demo(attempt + 1))
            return;
    }
    Store &store = *kept;
    out << "demo insert   : " << qint64(double(rows) / demoSeconds) << " rows/s (" << rows
        << " rows: households, persons, visits; " << demoSeconds << " s, best of " << repeats << ")"
        << Qt::endl;
    out << "bare floor    : " << qint64(double(rows) / floorSeconds) << " rows/s (" << floorSeconds
        << " s)" << Qt::endl;
    out << "ratio         : " << demoSeconds / floorSeconds << "x the floor (target <= 2)"
        << Qt::endl;

    // Searches a clerk types, of each kind: a full name, a surname and one more character, the
    // pinyin initials and the full pinyin of a name, part of an address (its last five
    // characters), the last six characters of an ID number, the last four digits of a phone, the
    // first eight of an ID number.
    enum Kind { FullName, TwoCharacters, Initials, FullPinyin, Address, IdLast6, PhoneLast4,
                IdFirst8, KindCount };
    const char *kinds[KindCount] = { "full name", "two characters", "pinyin initials",
        "full pinyin", "address", "ID last 6", "phone last 4", "ID first 8" };
    constexpr int perKind = 40;
    std::mt19937 random(11);
    const auto &personRows = tables[2].rows;
    QHash<QByteArray, QString> addresses;
    for (const auto &row : tables[1].rows)
        addresses.insert(row[0], QString::fromUtf8(row[2]));
    QList<double> latencies;
    QList<double> byKind[KindCount];
    for (int i = 0; i < perKind * KindCount; ++i) {
        const Kind kind = Kind(i % KindCount);
        const QList<QByteArray> *row = nullptr;
        // Persons with what this kind of search needs: a phone, a household.
        do {
            row = &personRows[random() % personRows.size()];
        } while ((kind == PhoneLast4 && (*row)[5].isEmpty())
                 || (kind == Address && !addresses.contains((*row)[1])));
        const QString name = QString::fromUtf8((*row)[3]);
        const QString idNumber = QString::fromUtf8((*row)[4]);
        const QString phone = QString::fromUtf8((*row)[5]);
        const QByteArrayList syllables = Pinyin::syllables((*row)[3]);
        QString text;
        switch (kind) {
        case FullName: text = name; break;
        case TwoCharacters: text = name.left(2); break;
        case Initials:
            for (const QByteArray &s : syllables)
                text += QLatin1Char(s[0]);
            break;
        case FullPinyin: text = QString::fromLatin1(syllables.join()); break;
        case Address: text = addresses.value((*row)[1]).right(5); break;
        case IdLast6: text = idNumber.right(6); break;
        case PhoneLast4: text = phone.right(4); break;
        case IdFirst8: text = idNumber.left(8); break;
        case KindCount: break;
        }
        timer.restart();
        PersonQuery query(store, { {}, PersonCategory::Any, text });
        const auto page = query.fetch(0, 200);
        const qint64 count = query.count();
        latencies << double(timer.nsecsElapsed()) / 1e6;
        byKind[kind] << latencies.last();
        if (!query.error().isEmpty())
            out << "search failed: " << query.error() << Qt::endl;
        Q_UNUSED(page);
        Q_UNUSED(count);
    }
    out << "search        : p50 " << percentile(latencies, 0.50) << " ms, p95 "
        << percentile(latencies, 0.95) << " ms, max " << percentile(latencies, 1.0) << " ms ("
        << latencies.size() << " searches, first page of 200 and the count)" << Qt::endl;
    for (int k = 0; k < KindCount; ++k)
        out << "  " << kinds[k] << ": p50 " << percentile(byKind[k], 0.5) << " ms, p95 "
            << percentile(byKind[k], 0.95) << " ms" << Qt::endl;

    timer.restart();
    {
        ResidentsPage page(store);
        page.resize(1280, 720);
        page.show();
        QApplication::processEvents();
    }
    out << "open residents: " << double(timer.nsecsElapsed()) / 1e6 << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList sizes = app.arguments().mid(1);
    if (sizes.isEmpty())
        sizes = { u"100000"_s, u"1000000"_s };
    for (const QString &size : sizes)
        run(size.toLongLong());
    return 0;
}
