// The window's benchmark: on a demo township of N persons (100,000 by default), opens the main
// window and shows each of its pages once, and each tab of a page, then searches, filters and
// saves as a clerk does, and prints the longest stall of the event loop each caused: how much
// later than due a 10 ms timer ticked, from the click until the page's reads have come back and
// it has been painted. Target: under 100 ms each. Set
// TL_BENCH_STORE to a demo store made before (township-ledger-cli demo) to skip making one.

#include "checkpoints/EntryLine.h"
#include "main/MainWindow.h"
#include "registries/RegistriesPage.h"
#include "testing/TestingPage.h"

#include "demo/DemoTownship.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "testing/TestCoverage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int TickMs = 10;
constexpr double TargetMs = 100;

// Ticks every 10 ms and keeps the longest delay of a tick since the last reset.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, double(m_sinceTick.nsecsElapsed()) / 1e6 - TickMs);
            m_sinceTick.start();
        });
        m_sinceTick.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_sinceTick.start();
    }
    double longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// Runs the event loop until done() holds and at least ms have passed (or a minute).
void runEventsUntil(int ms, const std::function<bool()> &done)
{
    QElapsedTimer since;
    since.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if ((done() && since.elapsed() >= ms) || since.elapsed() > 60'000)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
}

// Nothing of the window is still being read.
bool quiet(const QWidget &window)
{
    const QList<StoreReader *> readers = window.findChildren<StoreReader *>();
    return std::none_of(
        readers.cbegin(), readers.cend(), [](const StoreReader *r) { return r->isReading(); });
}

// Does act inside the event loop, as a click would, and prints the longest stall until the
// window has its data and has been painted, and how long that took.
void measure(
    QWidget &window, StallMeter &meter, const QString &what, const std::function<void()> &act)
{
    QElapsedTimer ready;
    runEventsUntil(200, [&] { return quiet(window); });
    meter.reset();
    QTimer::singleShot(0, &window, [&] {
        ready.start();
        act();
    });
    qint64 readyMs = -1;
    runEventsUntil(300, [&] {
        if (readyMs < 0 && ready.isValid() && quiet(window))
            readyMs = ready.elapsed();
        return readyMs >= 0;
    });
    const double stall = meter.longest();
    out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0) << "longest stall "
        << qSetFieldWidth(6) << Qt::right << qint64(stall + 0.5) << qSetFieldWidth(0)
        << " ms (target < " << TargetMs << ")" << (stall < TargetMs ? "" : "  OVER") << ", ready in "
        << readyMs << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 persons = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100'000;
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + u"/pages-bench-XXXXXX"_s);
    const QString given = qEnvironmentVariable("TL_BENCH_STORE");
    auto opened = Store::open(given.isEmpty() ? dir.filePath(u"store.sqlite"_s) : given);
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    store.setUser({ QString(), u"bench"_s, Role::Administrator });
    QElapsedTimer timer;
    if (given.isEmpty()) {
        out << "making a demo township of " << persons << " persons…" << Qt::endl;
        DemoTownship::Options options;
        options.persons = persons;
        options.seed = 7;
        if (auto made = DemoTownship::generate(store, options); !made) {
            out << made.error() << Qt::endl;
            return 1;
        }
    }
    out << "== the window's pages at " << persons << " persons ==" << Qt::endl;

    timer.start();
    MainWindow window(store);
    window.resize(1366, 768);
    out << "building the window: " << timer.elapsed() << " ms" << Qt::endl;
    StallMeter meter;
    auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
    auto *pages = window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
    // The first page shows as the window opens.
    measure(window, meter, navigation->item(0)->text(), [&] { window.show(); });
    for (int row = 1; row < navigation->count(); ++row) {
        measure(
            window, meter, navigation->item(row)->text(), [&] { navigation->setCurrentRow(row); });
        for (QTabWidget *tabs : pages->widget(row)->findChildren<QTabWidget *>()) {
            // A tab inside a tab shows when its own tab does.
            if (!tabs->isVisible())
                continue;
            for (int tab = 1; tab < tabs->count(); ++tab)
                measure(window, meter,
                    u"  %1 / %2"_s.arg(navigation->item(row)->text(), tabs->tabText(tab)),
                    [&] { tabs->setCurrentIndex(tab); });
        }
    }

    out << "-- searching, filtering, saving --" << Qt::endl;
    auto show = [&](QWidget *page) {
        navigation->setCurrentRow(pages->indexOf(page));
        runEventsUntil(200, [&] { return quiet(window); });
    };
    auto *residents = window.findChild<QWidget *>(u"residentsPage"_s);
    show(residents);
    measure(window, meter, u"Residents: search 张"_s,
        [&] { residents->findChild<QLineEdit *>(u"residentsSearchEdit"_s)->setText(u"张"_s); });
    auto *registries = window.findChild<RegistriesPage *>();
    show(registries);
    measure(window, meter, u"Registries: filter by a village"_s, [&] {
        registries->findChild<QComboBox *>(u"villageFilterComboBox"_s)->setCurrentIndex(1);
    });
    auto *testing = window.findChild<TestingPage *>();
    show(testing);
    const QList<TestCoverage::UntestedPerson> untested
        = TestCoverage(store, testing->currentRoundId()).untested(0, 1);
    if (!untested.isEmpty())
        measure(window, meter, u"Testing: record a sample"_s, [&] {
            testing->findChild<QLineEdit *>(u"sampleIdNumberEdit"_s)
                ->setText(untested.first().idNumber);
            testing->recordSample();
        });
    auto *entry = window.findChild<EntryLine *>();
    show(window.findChild<QWidget *>(u"checkpointsPage"_s));
    if (!untested.isEmpty())
        measure(window, meter, u"Checkpoints: type an ID number and save"_s, [&] {
            entry->findChild<QLineEdit *>(u"idNumberEdit"_s)->setText(untested.first().idNumber);
            entry->save();
        });
    return 0;
}
