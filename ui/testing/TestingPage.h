#pragma once

#include "people/Person.h"
#include "store/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ReadingOverlay;
class Store;
class StoreReader;
class TestCoverageModel;
class UntestedModel;

// Nucleic-acid testing (核酸检测): the rounds, a fast entry line where the sampler types or scans
// an ID number and presses Enter, the coverage per village, and the persons not yet sampled
// (应检尽检) that the village cadres go and fetch. Sets a whole site's pending results at once.
// Reads on a worker (coverage and the untested list count a whole township), writes a sample on
// the window's connection and then reads the figures again.
class TestingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TestingPage(Store &store, QWidget *parent = nullptr);

    TestCoverageModel *coverageModel() const { return m_coverage; }
    UntestedModel *untestedModel() const { return m_untested; }
    QString currentRoundId() const;

    // Reads rounds, sites, coverage and the untested list again, keeping the chosen round; before
    // the page was first shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    void newRound();
    // Records the ID number in the entry line as sampled now at the chosen site.
    void recordSample();
    // Asks first, then sets every pending sample of the chosen site negative.
    void setSiteNegative();

private:
    // Reads the rounds, then shows chosen if it is one of them, else the newest.
    void readRounds(const QString &chosen);
    void showRound();
    // Reads the chosen round's sites and coverage; the sheet over the coverage only when the
    // round shown changes, not for the figures after a sample.
    void readRound(bool cover);
    void updateFigures();
    void showMessage(const QString &text, bool problem);
    // The one person of that name, or the one the sampler picks among namesakes; a failure with
    // no message when the sampler cancels.
    Result<Person> choosePerson(const QString &name);

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    TestCoverageModel *m_coverage;
    UntestedModel *m_untested;
    QComboBox *m_rounds;
    QComboBox *m_sites;
    QLineEdit *m_idNumber;
    QLabel *m_message;
    QLabel *m_summary;
    QLabel *m_untestedTitle;
    QPushButton *m_negative;
    QTableView *m_coverageTable;
    QTableView *m_untestedTable;
    ReadingOverlay *m_coverageCover;
    ReadingOverlay *m_untestedCover;
    // The sites read are those of this round.
    QString m_sitesOf;
};
