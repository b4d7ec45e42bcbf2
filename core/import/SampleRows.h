#pragma once

#include "CellValues.h"
#include "ImportRows.h"
#include "PersonRows.h"

#include "../testing/Sample.h"
#include "../testing/TestRound.h"
#include "../testing/TestSite.h"

#include <QHash>
#include <QList>

// The rows of a sampling register (核酸检测登记表, 采样登记): the person (found by ID number, or
// registered from the row as the residents target would), when and at which site the sample was
// taken, the round, and the result. A row names its round (轮次), or is placed in the round held
// on the day of sampling. The tube number is read but not kept: the store has no tubes yet.
// Written in bulk through TestingRepository::recordAll.
class SampleRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(SampleRows)

public:
    explicit SampleRows(const Context &context);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return m_persons.households(); }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

private:
    struct Round
    {
        TestRound round;
        QList<TestSite> sites;
    };
    struct Stored
    {
        QString personId;
        QString villageId;
    };

    const Round *roundFor(const QString &name, QDate roundOn, QDate sampledOn, QStringList &fixed,
                          QString &refused) const;
    const TestSite *siteFor(const Round &round, const QString &name, QStringList &fixed,
                            QString &refused) const;
    QString roundsListed() const;

    Store &m_store;
    const LedgerImport::Options &m_options;
    LedgerYear m_year;
    PersonRows m_persons;

    QList<Round> m_rounds;
    QHash<QString, Stored> m_stored; // ID number → the live person and their village
    QHash<QString, QString> m_villageNames; // village id → name
    QHash<QString, qint64> m_sampled; // "round|ID number" → the row that gave it; 0: stored
    QList<Sample> m_samples;
};
