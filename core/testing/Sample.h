#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One person's sample in a round, and its result once the laboratory reports it.
struct Sample
{
    Q_DECLARE_TR_FUNCTIONS(Sample)

public:
    QString id;
    QString roundId;
    QString personId;
    QString siteId;
    QDateTime sampledAt;
    QString result = QStringLiteral("pending"); // one of results()
    QString takenBy;

    bool isValid() const { return !id.isEmpty(); }

    static const QStringList &results();
    static QString resultLabel(const QString &result);
};
