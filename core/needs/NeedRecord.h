#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A need of a special-group person, or of a whole household (特殊人群需求台账): what was asked
// for, when, and when and by whom it was met.
struct NeedRecord
{
    Q_DECLARE_TR_FUNCTIONS(NeedRecord)

public:
    QString id;
    QString personId; // set for a person's need
    QString householdId; // set for a household's need
    QString need = QStringLiteral("medicine");
    QString detail;
    QDate requestedOn;
    QDate metOn; // invalid while the need is open
    QString metBy;
    QString notes;

    bool isValid() const { return !id.isEmpty(); }
    bool isMet() const { return metOn.isValid(); }

    static const QStringList &needs();
    static QString needLabel(const QString &need);
};
