#include "TestingPage.h"

#include "TestCoverageModel.h"
#include "TestRoundDialog.h"
#include "UntestedModel.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"
#include "people/IdNumber.h"
#include "people/PersonQuery.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "testing/TestingRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { RoundsRead, RoundRead, UntestedRead };

struct RoundFigures
{
    QList<TestSite> sites;
    QList<TestCoverage::VillageCoverage> coverage;
};

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, int stretchColumn)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->hide();
    FormParts::fitColumns(table, stretchColumn);
    return table;
}

} // namespace

TestingPage::TestingPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_coverage(new TestCoverageModel(this))
    , m_untested(new UntestedModel(m_reader, UntestedRead, this))
    , m_rounds(new QComboBox)
    , m_sites(new QComboBox)
    , m_idNumber(new QLineEdit)
    , m_message(new QLabel)
    , m_summary(new QLabel)
    , m_untestedTitle(new QLabel)
    , m_negative(new QPushButton(tr("All pending &negative…")))
    , m_coverageTable(makeTable(m_coverage, u"coverageTableView"_s, TestCoverageModel::Village))
    , m_untestedTable(makeTable(m_untested, u"untestedTableView"_s, UntestedModel::Address))
    , m_coverageCover(new ReadingOverlay(m_coverageTable, u"coverageReadingOverlay"_s))
    , m_untestedCover(new ReadingOverlay(m_untestedTable, u"untestedReadingOverlay"_s))
{
    setObjectName(u"testingPage"_s);
    m_rounds->setObjectName(u"testRoundsComboBox"_s);
    m_rounds->setMinimumContentsLength(24);
    m_sites->setObjectName(u"testSiteComboBox"_s);
    m_sites->setMinimumContentsLength(14);
    m_idNumber->setObjectName(u"sampleIdNumberEdit"_s);
    m_idNumber->setPlaceholderText(tr("Type or scan an ID number, or type a name, then press Enter"));
    m_idNumber->setMinimumWidth(m_idNumber->fontMetrics().horizontalAdvance(u'0') * 26);
    m_message->setObjectName(u"sampleMessageLabel"_s);
    m_message->setWordWrap(true);
    m_summary->setObjectName(u"testSummaryLabel"_s);
    m_negative->setObjectName(u"siteNegativeButton"_s);
    m_negative->setToolTip(tr("Sets every pending result of the chosen site to negative."));

    auto *newRound = new QPushButton(tr("New &round…"));
    newRound->setObjectName(u"newTestRoundButton"_s);
    connect(newRound, &QPushButton::clicked, this, &TestingPage::newRound);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &TestingPage::showRound);
    connect(m_idNumber, &QLineEdit::returnPressed, this, &TestingPage::recordSample);
    connect(m_negative, &QPushButton::clicked, this, &TestingPage::setSiteNegative);

    auto *roundLabel = new QLabel(tr("R&ound:"));
    roundLabel->setBuddy(m_rounds);
    auto *top = new QHBoxLayout;
    top->addWidget(roundLabel);
    top->addWidget(m_rounds);
    top->addWidget(newRound);
    top->addStretch();
    top->addWidget(m_summary);

    auto *siteLabel = new QLabel(tr("&Site:"));
    siteLabel->setBuddy(m_sites);
    auto *idLabel = new QLabel(tr("&ID number:"));
    idLabel->setBuddy(m_idNumber);
    auto *entry = new QHBoxLayout;
    entry->addWidget(siteLabel);
    entry->addWidget(m_sites);
    entry->addWidget(idLabel);
    entry->addWidget(m_idNumber, 1);
    entry->addWidget(m_negative);

    auto *untestedBox = new QWidget;
    auto *untestedLayout = new QVBoxLayout(untestedBox);
    untestedLayout->setContentsMargins(0, 0, 0, 0);
    untestedLayout->addWidget(m_untestedTitle);
    untestedLayout->addWidget(m_untestedTable);
    auto *coverageBox = new QWidget;
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    coverageLayout->addWidget(new QLabel(tr("Coverage by village")));
    coverageLayout->addWidget(m_coverageTable);
    auto *splitter = new QSplitter;
    splitter->addWidget(coverageBox);
    splitter->addWidget(untestedBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(entry);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_untested, &UntestedModel::loaded, this, [this](const QString &problem) {
        if (problem.isEmpty())
            m_untestedCover->clear();
        else
            m_untestedCover->fail(problem);
        updateFigures();
    });
    m_idNumber->setEnabled(false);
    m_negative->setEnabled(false);
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool TestingPage::isReading() const
{
    return m_reader->isReading();
}

QString TestingPage::currentRoundId() const
{
    return m_rounds->currentData().toString();
}

void TestingPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    readRounds(currentRoundId());
}

void TestingPage::readRounds(const QString &chosen)
{
    m_coverageCover->reading();
    m_summary->setText(tr("Reading the rounds…"));
    m_reader->read<QList<TestRound>>(
        RoundsRead,
        [](Store &store) -> Result<QList<TestRound>> { return TestingRepository(store).rounds(); },
        [this, chosen](const Result<QList<TestRound>> &rounds) {
            if (!m_coverageCover->finish(rounds)) {
                m_summary->clear();
                return;
            }
            {
                const QSignalBlocker blocker(m_rounds);
                m_rounds->clear();
                for (const TestRound &round : rounds.value()) {
                    m_rounds->addItem(
                        tr("%1 (%2)").arg(round.name, FormParts::dayText(round.roundOn)), round.id);
                }
                const int index = m_rounds->findData(chosen);
                m_rounds->setCurrentIndex(index >= 0 ? index : 0);
            }
            showRound();
        });
}

void TestingPage::showRound()
{
    const QString roundId = currentRoundId();
    m_message->clear();
    // Until the round's sites are read, there is nowhere to record a sample at.
    if (roundId != m_sitesOf) {
        m_sites->clear();
        m_sitesOf.clear();
    }
    m_idNumber->setEnabled(!roundId.isEmpty() && m_sitesOf == roundId);
    m_negative->setEnabled(m_idNumber->isEnabled());
    m_untested->setRound(roundId);
    if (roundId.isEmpty()) {
        m_coverage->show({});
        updateFigures();
        return;
    }
    m_untestedCover->reading();
    readRound(true);
}

void TestingPage::readRound(bool cover)
{
    const QString roundId = currentRoundId();
    if (cover) {
        m_coverageCover->reading();
        m_summary->setText(tr("Reading the round…"));
    }
    m_reader->read<RoundFigures>(
        RoundRead,
        [roundId](Store &store) -> Result<RoundFigures> {
            return RoundFigures { TestingRepository(store).sites(roundId),
                TestCoverage(store, roundId).perVillage() };
        },
        [this, roundId](const Result<RoundFigures> &figures) {
            if (!m_coverageCover->finish(figures)) {
                m_summary->clear();
                return;
            }
            const QString site = m_sites->currentData().toString();
            {
                const QSignalBlocker blocker(m_sites);
                m_sites->clear();
                for (const TestSite &s : figures->sites)
                    m_sites->addItem(s.name, s.id);
                const int index = m_sites->findData(site);
                m_sites->setCurrentIndex(index >= 0 ? index : 0);
            }
            m_sitesOf = roundId;
            m_idNumber->setEnabled(true);
            m_negative->setEnabled(true);
            m_coverage->show(figures->coverage);
            updateFigures();
        });
}

void TestingPage::updateFigures()
{
    if (m_reader->isReading(RoundsRead) || m_reader->isReading(RoundRead))
        return;
    const auto total = m_coverage->total();
    m_summary->setText(currentRoundId().isEmpty()
            ? tr("No testing round yet.")
            : tr("%1 of %2 sampled (%3%).")
                  .arg(QLocale().toString(total.sampled), QLocale().toString(total.inScope),
                      QLocale().toString(total.ratio() * 100.0, 'f', 1)));
    m_untestedTitle->setText(m_untested->isLoading()
            ? tr("Not sampled yet: reading…")
            : tr("Not sampled yet: %1").arg(QLocale().toString(m_untested->totalCount())));
}

void TestingPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? FormParts::problemStyleSheet() : QString());
}

void TestingPage::newRound()
{
    TestRoundDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    readRounds(dialog.roundId());
}

void TestingPage::recordSample()
{
    const QString typed = m_idNumber->text().trimmed();
    if (typed.isEmpty())
        return;
    TestingRepository testing(m_store);
    const QDateTime now = QDateTime::currentDateTime();
    const QString siteId = m_sites->currentData().toString();
    // A name (someone without their card) is looked up; anything else is taken as an ID number.
    const bool isName = std::any_of(typed.cbegin(), typed.cend(), [](QChar c) {
        return c.isLetter() && c.toUpper() != u'X';
    });
    Result<Person> person = isName ? Result<Person>::failure(QString())
                                   : testing.sampleByIdNumber(currentRoundId(), typed, siteId, now);
    if (isName) {
        const Result<Person> found = choosePerson(typed);
        if (!found) {
            if (!found.error().isEmpty())
                showMessage(found.error(), true);
            m_idNumber->selectAll();
            return;
        }
        auto id = testing.addSample(currentRoundId(), found->id, siteId, now);
        person = id ? found : Result<Person>::failure(id.error());
    }
    if (!person) {
        // The number stays, selected, so the sampler can see it and type over it.
        showMessage(person.error(), true);
        m_idNumber->selectAll();
        return;
    }
    m_idNumber->clear();
    showMessage(tr("Recorded: %1, %2.").arg(person->name, IdNumber::masked(person->idNumber)), false);
    // The sampler goes on typing while the figures are read again.
    readRound(false);
    m_untested->reload();
}

Result<Person> TestingPage::choosePerson(const QString &name)
{
    const QList<PersonQuery::Row> rows = PersonQuery(m_store, { {}, PersonCategory::Any, name }).fetch(0, 50);
    if (rows.isEmpty())
        return Result<Person>::failure(tr("Nobody named %1 is registered.").arg(name));
    if (rows.size() == 1)
        return rows.first().person;
    // Namesakes: the sampler picks by village and the last digits of the card.
    QStringList choices;
    for (const PersonQuery::Row &row : rows)
        choices << tr("%1, %2, %3").arg(row.person.name, row.villageName, IdNumber::masked(row.person.idNumber));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Choose the person"),
                                                 tr("Several persons match %1:").arg(name), choices, 0,
                                                 false, &ok);
    if (!ok)
        return Result<Person>::failure(QString());
    return rows.at(choices.indexOf(chosen)).person;
}

void TestingPage::setSiteNegative()
{
    const QString siteId = m_sites->currentData().toString();
    if (siteId.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Set results"),
        tr("Set every pending result of site %1 to negative?").arg(m_sites->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    auto changed = TestingRepository(m_store).setSiteResults(currentRoundId(), siteId, u"negative"_s);
    if (!changed) {
        showMessage(changed.error(), true);
        return;
    }
    showMessage(tr("%n result(s) set to negative.", nullptr, changed.value()), false);
}
