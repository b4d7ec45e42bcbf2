#pragma once

#include "CellValues.h"
#include "ImportRows.h"
#include "PersonRows.h"

#include "../measures/ControlMeasure.h"
#include "../measures/IsolationSite.h"
#include "../measures/Responsibility.h"

#include <QHash>
#include <QList>

// The rows of a ledger of home or central isolation (居家隔离人员台账, 集中隔离人员台账): the
// person (found by ID number, or registered from the row as the residents target would), the
// measure's days, the site, and its 五包一 cadres, written through MeasureRepository.
class MeasureRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRows)

public:
    explicit MeasureRows(const Context &context);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return m_persons.households(); }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

private:
    struct Known
    {
        ControlMeasure measure;
        qint64 row = 0; // the ledger's row; 0 for a stored measure
    };
    struct Pending
    {
        ControlMeasure measure;
        QList<Responsibility> cadres;
    };

    // The cadres a row names, in its columns for all of them and for each role; a reason in
    // refused when a cadre's phone cannot be used.
    QList<Responsibility> cadresOf(const MappedRow &row, QStringList &fixed, QString &refused);
    const IsolationSite *siteFor(const QString &name, QStringList &fixed, QString &refused) const;

    Store &m_store;
    const LedgerImport::Options &m_options;
    const QString m_kind;
    LedgerYear m_year;
    PersonRows m_persons;

    QList<IsolationSite> m_sites;
    QHash<QString, int> m_freePlaces; // site id → places left, after the rows taken
    QHash<QString, QString> m_cadrePhones; // cadre name → phone, stored or from the ledger
    QHash<QString, QList<Known>> m_measuresOf; // ID number → stored and taken measures
    QList<Pending> m_pending;
};
