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

    static const QStringList &residenceTypes();
    static QString residenceTypeLabel(const QString &type);
    static const QStringList &specialGroups();
    static QString specialGroupLabel(const QString &group);
    static QString genderLabel(const QString &gender);
    // The person's categories in words, such as "返乡人员, 独居老人".
    QString categoryLabels() const;
};

// The categories the residents list can be filtered by.
enum class PersonCategory { Any, Returnee, RiskArea, CloseContact, SpecialGroup };
