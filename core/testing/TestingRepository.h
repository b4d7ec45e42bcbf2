#pragma once

#include "Sample.h"
#include "TestRound.h"
#include "TestSite.h"

#include "../people/Person.h"
#include "../store/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Store;

// Reads and writes testing rounds, their sites and samples. Every write runs in its own
// transaction and is audited.
class TestingRepository
{
    Q_DECLARE_TR_FUNCTIONS(TestingRepository)

public:
    explicit TestingRepository(Store &store) : m_store(store) { }

    // The round with its villages and sites, all at once: a round without a site cannot sample.
    Result<QString> addRound(const TestRound &round, const QList<TestSite> &sites);
    // Newest first.
    QList<TestRound> rounds() const;
    TestRound byId(const QString &roundId) const;
    QList<TestSite> sites(const QString &roundId) const;
    Sample sampleById(const QString &sampleId) const;

    // Refuses a person sampled in this round already, or living outside its villages.
    Result<QString> addSample(const QString &roundId, const QString &personId,
                              const QString &siteId, const QDateTime &sampledAt,
                              const QString &takenBy = {});
    // The same for an ID number as typed or scanned; returns the person sampled.
    Result<Person> sampleByIdNumber(const QString &roundId, const QString &idNumberText,
                                    const QString &siteId, const QDateTime &now,
                                    const QString &takenBy = {});

    // Records many samples at once (a ledger's sampling register), as one step of the caller's
    // transaction: each checked as by addSample() (and its result one of Sample::results()),
    // written with one prepared statement. No audit entry per sample: the caller writes one for
    // the whole (AuditLog::Action::Bulk). Returns the samples added.
    Result<qint64> recordAll(const QList<Sample> &samples);

    Result<void> setResult(const QString &sampleId, const QString &result);
    // Every pending sample of the site gets the result (a whole site negative is the usual
    // laboratory report). Returns how many samples changed.
    Result<int> setSiteResults(const QString &roundId, const QString &siteId,
                               const QString &result);

private:
    Store &m_store;
};
