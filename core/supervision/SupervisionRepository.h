#pragma once

#include "Supervision.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// A finding with where it was found, for the findings board and the ledger.
struct FindingRow
{
    Finding finding;
    QString target;
    QDate visitedOn;
    QString teamId;
    QString teamName;
};

// What the findings board narrows to; empty fields do not filter.
struct FindingFilter
{
    QString roundId;
    QString teamId;
    QString target;
    QString category;
    QString status;
    bool overdueOnly = false;
};

// Teams, checklists, rounds, visits, findings with their rectification, and accountability.
// Every write is checked, runs in its own transaction and is audited.
class SupervisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionRepository)

public:
    using FindingRow = ::FindingRow;
    using FindingFilter = ::FindingFilter;

    explicit SupervisionRepository(Store &store)
        : m_store(store)
    { }

    Result<QString> addTeam(const SupervisionTeam &team);
    QList<SupervisionTeam> teams() const;
    Result<QString> addChecklist(const ChecklistTemplate &checklist);
    // Changes a checklist's name and items; visits already answered keep their answers.
    Result<void> updateChecklist(const ChecklistTemplate &checklist);
    QList<ChecklistTemplate> checklists() const;
    ChecklistTemplate checklist(const QString &id) const;
    Result<QString> addRound(const SupervisionRound &round);
    QList<SupervisionRound> rounds() const; // newest first
    SupervisionRound round(const QString &id) const;

    // Records the visit and its findings together: all or nothing.
    Result<QString> addVisit(const SupervisionVisit &visit, const QList<Finding> &findings = {},
        QDate today = QDate::currentDate());
    QList<SupervisionVisit> visits(const QString &roundId) const;

    Result<Finding> checkFinding(const Finding &finding) const;
    // A finding recorded with how far its rectification got (a ledger of findings brought in):
    // checked as by checkFinding(), its status kept, and what advance() would have needed on the
    // way there: a rectified or closed finding says what was done, a closed one who verified it.
    Result<Finding> checkRecordedFinding(const Finding &finding) const;
    // Adds the recorded finding to a visit of the store.
    Result<QString> addRecordedFinding(const Finding &finding);
    Finding finding(const QString &id) const;
    // The next status: open → being rectified → rectified (with what was done) → closed (销号,
    // with who verified it). A finding never rectified cannot be closed.
    Result<void> advance(const QString &id, const QString &actionsTaken = {},
        const QString &verifiedBy = {}, QDate on = QDate::currentDate());
    // What advance() needs that is missing, or empty when it can go on.
    QString advanceNeeds(
        const Finding &finding, const QString &actionsTaken, const QString &verifiedBy) const;
    // Open ones first, the earliest deadline first; then rectified, then closed.
    QList<FindingRow> findings(const FindingFilter &filter = {}, QDate today = QDate::currentDate(),
        int offset = 0, int limit = 500) const;
    qint64 countFindings(
        const FindingFilter &filter = {}, QDate today = QDate::currentDate()) const;

    Result<QString> addAccountability(const AccountabilityRecord &record);
    QList<AccountabilityRecord> accountability() const;

private:
    Store &m_store;
};
