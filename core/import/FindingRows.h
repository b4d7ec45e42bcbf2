#pragma once

#include "CellValues.h"
#include "ImportRows.h"

#include "../supervision/Supervision.h"

#include <QHash>
#include <QList>

// The rows of a ledger of supervision findings and their rectification (督导问题整改台账): the
// visit (its team, day and place), the problem, its category and severity, who rectifies it by
// when, and how far the rectification got. Such a ledger is how many offices record their
// visits: a visit the store does not have (one per team, day and place) is recorded from the
// rows, in the team's round of that day or, when it has none, in a round made for the ledger's
// visits. Written through SupervisionRepository.
class FindingRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(FindingRows)

public:
    explicit FindingRows(const Context &context);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return 0; }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

private:
    struct NewVisit
    {
        SupervisionVisit visit; // its roundId empty while the round is to be made
        QString teamId;
    };
    struct Pending
    {
        Finding finding;
        qsizetype newVisit = -1; // into m_newVisits, or -1 for finding.visitId
    };

    const SupervisionTeam *teamFor(const QString &name, QStringList &fixed,
                                   QString &refused) const;
    QString storedRound(const QString &teamId, QDate day) const;

    Store &m_store;
    const LedgerImport::Options &m_options;
    LedgerYear m_year;

    QList<SupervisionTeam> m_teams;
    QList<SupervisionRound> m_rounds;
    QHash<QString, QString> m_visits; // team|day|place → stored visit id
    QHash<QString, qsizetype> m_newVisitByKey; // team|day|place → m_newVisits
    QHash<QString, qint64> m_described; // team|day|place|problem → the row; 0: stored
    QList<NewVisit> m_newVisits;
    QList<Pending> m_pending;
};
