#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A resident, or a person present in the township. Categories (returnee, risk-area arrival, close
// contact, special group) are what the office filters its lists by.
struct Person
{
    Q_DECLARE_TR_FUNCTIONS(Person)

public:
    QString id;
    QString householdId;
    QString regionId;
    QString name;
    QString idNumber;
    QString phone;
    QString gender; // "male", "female", or empty when unknown
    QDate birthDate;
    QString residenceType = QStringLiteral("registered");
    bool returnee = false;
    QString returneeOrigin;
    QDate arrivedOn;
    bool riskArea = false;
    bool closeContact = false;
    QString specialGroup; // one of specialGroups(), or empty
    QString notes;
    // How the person is related to their household's head; empty for the head, and while not
    // known. One of relationsToHead().
    QString relationToHead;

    // The relations to the head a clerk can choose, in the order of a paper 花名册.
    static const QStringList &relationsToHead();
    // 户主 for the head (isHead), else the relation's name; empty when not known.
    static QString relationLabel(const QString &relation, bool isHead = false);

    static const QStringList &residenceTypes();
    static QString residenceTypeLabel(const QString &type);
    static const QStringList &specialGroups();
    static QString specialGroupLabel(const QString &group);
    static QString genderLabel(const QString &gender);
    // The person's categories in words, such as "返乡人员, 独居老人".
    QString categoryLabels() const;
};

// Why a person left the register, kept on their tombstone: moved out (note says where to), died
// (on the day), or registered twice (intoPersonId is the record that stays).
struct Removal
{
    Q_DECLARE_TR_FUNCTIONS(Removal)

public:
    QString reason; // one of reasons()
    QString note;
    QDate on;
    QString intoPersonId;

    static const QStringList &reasons();
    static QString reasonLabel(const QString &reason);
};

// The categories the residents list can be filtered by.
enum class PersonCategory { Any, Returnee, RiskArea, CloseContact, SpecialGroup };
