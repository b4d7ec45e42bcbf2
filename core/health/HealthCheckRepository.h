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
    Result<void> remove(const QString &id);

    // The live check of the slot, or one with an empty id.
    HealthCheck slot(const QString &personId, QDate day, const QString &period) const;
    QList<HealthCheck> ofPerson(const QString &personId) const;

private:
    Store &m_store;
};
