#pragma once

#include "Person.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>

class Store;

// Reads and writes persons. Every write checks the person first (see check()), runs in its own
// transaction and is audited.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(Store &store) : m_store(store) { }

    // The person as it will be stored: ID number, phone and dates normalized, gender and birth
    // date taken from the ID number, or the first thing wrong with it. A gender or birth date
    // entered by hand must agree with the ID number.
    Result<Person> check(const Person &person, QDate today = QDate::currentDate()) const;
    // The part of check() that needs no store: everything but the household, the village and the
    // uniqueness of the ID number.
    static Result<Person> checkFields(const Person &person, QDate today = QDate::currentDate());

    Result<QString> add(const Person &person);
    Result<void> update(const Person &person);
    // Takes the person off the register for a reason (see Removal), kept on the tombstone. A
    // person registered twice is merged into the record that stays: their measures, checks,
    // samples and entries move over to it.
    Result<void> remove(const QString &id, const Removal &removal, QDate today = QDate::currentDate());
    // Undoes a removal: the person is back, and what moved to the record that stayed moves back.
    Result<void> restore(const QString &id);

    Person byId(const QString &id) const;
    // The live person with this ID number (any spelling clerks type), or an invalid Person.
    Person byIdNumber(const QString &idNumber) const;
    QList<Person> members(const QString &householdId) const;

    static QVariantMap toColumns(const Person &person);
    // The person columns for a SELECT, prefixed with a table alias, and the Person they read into
    // (from the query's first SelectedColumns columns).
    static constexpr int SelectedColumns = 17;
    static QString selectColumns(const QString &alias);
    static Person fromQuery(const class QSqlQuery &q);

private:
    Result<void> noteShared(const QString &idNumber);

    Store &m_store;
};
