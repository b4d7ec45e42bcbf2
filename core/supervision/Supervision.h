#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

// A supervision team (督导组) at city, county or township level, and the areas it is assigned
// (包联).
struct SupervisionTeam
{
    QString id;
    QString level = QStringLiteral("township");
    QString name;
    QString leader;
    QStringList members;
    QStringList assignedAreas;

    static const QStringList &levels();
    static QString levelLabel(const QString &level);
};

// A checklist a visit is answered against; its items are data a clerk edits.
struct ChecklistTemplate
{
    QString id;
    QString name;
    QStringList items;
};

// A round of supervision by one team over a period, with its purpose and targets.
struct SupervisionRound
{
    QString id;
    QString teamId;
    QDate startsOn;
    QDate endsOn;
    QString purpose;
    QStringList targets; // villages, checkpoints, isolation sites
    QString checklistId;
};

// One visit of a round to a target: unannounced (四不两直) or not, the checklist's answers.
struct SupervisionVisit
{
    QString id;
    QString roundId;
    QString target;
    QDate visitedOn;
    bool unannounced = true;
    QMap<QString, QString> answers; // item → yes, no, n/a
    QString notes;
};

// A problem found on a visit and its rectification (整改), closed (销号) once verified.
struct Finding
{
    QString id;
    QString visitId;
    QString category;
    QString description;
    QString severity = QStringLiteral("minor");
    QString responsibleUnit;
    QString responsiblePerson;
    QDate deadline;
    QString status = QStringLiteral("open");
    QString actionsTaken;
    QDate rectifiedOn;
    QString verifiedBy;
    QDate closedOn;

    // Late: not rectified by its deadline.
    bool isOverdue(QDate today) const
    {
        return (status == u"open" || status == u"in_progress") && deadline.isValid()
            && deadline < today;
    }
    static const QStringList &statuses();
    static QString statusLabel(const QString &status);
    static const QStringList &severities();
    static QString severityLabel(const QString &severity);
    // The categories every installation knows, stored as these codes and shown in the reader's
    // language; a clerk may type another, stored as typed.
    static const QStringList &categories();
    static QString categoryLabel(const QString &category);
    // The code of a category chosen or typed as its label (in either language), else the text.
    static QString categoryFromText(const QString &text);
};

// Accountability (问责) for a cadre or unit, for one or more findings.
struct AccountabilityRecord
{
    QString id;
    QString person;
    QString unit;
    QString action = QStringLiteral("talk"); // talk 约谈, notice 通报, dismissal 撤职
    QString reason;
    QDate decidedOn;
    QStringList findingIds;

    static const QStringList &actions();
    static QString actionLabel(const QString &action);
};
