#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// A nucleic-acid testing round (核酸检测轮次): on one day, everybody living in its villages is to
// be sampled (应检尽检).
struct TestRound
{
    QString id;
    QString name;
    QDate roundOn;
    QStringList villageIds;
    QString notes;

    bool isValid() const { return !id.isEmpty(); }
};
