#pragma once

#include "CellValues.h"
#include "ImportRows.h"

#include "../people/Person.h"
#include "../regions/Region.h"

#include <QHash>
#include <QList>

#include <optional>

// The persons of a ledger's rows, with the households they make or join: the rows of the
// residents and returnees targets, and the persons that a ledger of measures lists (found by
// their ID number, or registered from the row as the residents target would).
class PersonRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(PersonRows)

public:
    enum class Mode {
        Residents, // a registered person listed again is a duplicate, as the policy says
        Returnees, // a registered person listed again is marked as a returnee
        // A ledger of something done to persons (isolation): a registered person is found by
        // the ID number, a person not registered is registered from the row; the same number
        // listed again is the same person.
        Listed,
    };

    PersonRows(const Context &context, Mode mode);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return m_householdsTaken; }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

    // Listed: the person the last row taken names (registered, or to be registered by write());
    // empty when the row was refused.
    const QString &lastPersonId() const { return m_lastPersonId; }
    // Listed: whether that person is registered by this ledger.
    bool lastPersonIsNew() const { return m_lastPersonIsNew; }
    // The village a row's person not registered yet would be registered in; empty when the row
    // does not give one the township has.
    QString villageIdOf(const MappedRow &row) const
    {
        QString problem;
        const Region *village = villageFor(row, problem);
        return village ? village->id : QString();
    }
    // The persons write() registers.
    qsizetype newPersons() const { return m_persons.size(); }

private:
    struct Stored
    {
        QString id;
        QString householdId;
        QString name;
    };

    struct NewHousehold
    {
        QString id;
        bool stored = false; // already in the store: the rows join it
        QString regionId;
        QString villageId;
        QString owner;
        QString address;
        QString headName;
        qsizetype head = -1; // index into persons
    };

    struct NewPerson
    {
        Person person;
        qsizetype household = -1;
    };

    const Region *villageFor(const MappedRow &row, QString &problem) const;
    qsizetype householdFor(const MappedRow &row, const Person &person, const QString &relation,
                           const Region &village, const QString &address,
                           const std::optional<Stored> &stored);
    ImportRowVerdict takeRow(const MappedRow &row);
    Result<void> insert(qint64 &written, const LedgerImport::Progress &progress);
    // Listed: the verdict on a row whose person is registered or listed before; nullopt for a
    // person to register.
    std::optional<ImportRowVerdict> findListed(const MappedRow &row);

    Store &m_store;
    const LedgerImport::Options &m_options;
    const Mode m_mode;
    const QHash<QString, QString> m_relations;
    const QHash<QString, QString> m_residenceTypes;
    const QHash<QString, QString> m_specialGroups;
    bool m_hasHouseholds = false;
    LedgerYear m_year;

    QList<Region> m_villages;
    QHash<QString, qsizetype> m_villageByKey; // name, name without 村委会, code → m_villages
    QHash<QString, QHash<QString, QString>> m_areas; // village id → group or grid name → id
    qsizetype m_defaultVillage = -1;
    QHash<QString, Stored> m_stored; // ID number → the live person the unit keeps
    QHash<QString, QString> m_storedHouseholdOfHead; // the household a stored person heads

    QHash<QString, qint64> m_seen; // ID number → the row that gave it first
    // For persons without an ID number, by keysWithoutId().
    QHash<QString, Stored> m_storedWithoutId;
    QHash<QString, qint64> m_seenWithoutId;
    struct ListedPerson
    {
        QString id;
        QString name;
        bool isNew = false;
    };
    QHash<QString, ListedPerson> m_listed; // Listed: ID number → the person
    QString m_lastPersonId;
    bool m_lastPersonIsNew = false;
    QList<NewHousehold> m_households;
    QHash<QString, qsizetype> m_householdByKey;
    qsizetype m_current = -1; // the household the last head opened
    bool m_placed = false; // householdFor was asked about the row being taken
    bool m_isHead = false; // the row householdFor was last asked about heads its household
    bool m_relationMapped = false;
    qint64 m_householdsTaken = 0;
    QList<NewPerson> m_persons;
    QList<Person> m_updates;
};
