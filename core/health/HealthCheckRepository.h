#pragma once

#include "HealthCheck.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Store;

// Records the temperatures of 一天两测. A person has one live check per day and period: recording
// the same slot again corrects it (a clerk fixing a typo) instead of adding a second row.
class HealthCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckRepository)

public:
    explicit HealthCheckRepository(Store &store) : m_store(store) { }

    // Adds or corrects the check of the slot; returns its id. Refuses a date after today, an
    // unknown period, a person not found and an implausible temperature.
    Result<QString> record(const HealthCheck &check, QDate today = QDate::currentDate());
    // Records many checks at once (a ledger's temperature grid), as one step of the caller's
    // transaction: each checked as by record(), a recorded slot corrected, written with one
    // prepared statement. No audit entry per check: the caller writes one for the whole
    // (AuditLog::Action::Bulk). Returns the checks added or changed.
    Result<qint64> recordAll(const QList<HealthCheck> &checks, QDate today = QDate::currentDate());
    Result<void> remove(const QString &id);

    // The live check of the slot, or one with an empty id.
    HealthCheck slot(const QString &personId, QDate day, const QString &period) const;
    QList<HealthCheck> ofPerson(const QString &personId) const;

private:
    Store &m_store;
};
