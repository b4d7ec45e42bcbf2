#pragma once

#include "CellValues.h"
#include "ImportRows.h"

#include "../checkpoints/Checkpoint.h"

#include <QHash>
#include <QList>
#include <QSet>

// The rows of a checkpoint's entry log (卡口出入登记台账): a passage per row at a checkpoint the
// township has set up, its time (in one cell, or a date and a time), direction, the person or
// vehicle, the checks and the outcome. Each is checked as CheckpointLog checks an entry, and all
// are written in bulk through CheckpointLog::recordAll; the warnings of the gate are not asked.
class CheckpointEntryRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointEntryRows)

public:
    explicit CheckpointEntryRows(const Context &context);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return 0; }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

private:
    const Checkpoint *checkpointFor(const QString &name, QStringList &fixed,
                                    QString &refused) const;
    // The passages stored at the checkpoints on the day, as keys; looked up once per day.
    const QSet<QString> &storedOn(QDate day);

    Store &m_store;
    const LedgerImport::Options &m_options;
    LedgerYear m_year;
    QString m_recordedBy; // for a log without a 登记人 column

    QList<Checkpoint> m_checkpoints;
    QHash<QDate, QSet<QString>> m_stored;
    QHash<QString, qint64> m_given; // key → the row that gave it
    QList<CheckpointEntry> m_entries;
};
