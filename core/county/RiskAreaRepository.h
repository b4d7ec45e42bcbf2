#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Store;

// An area on the risk list the county keeps and sends down: where a returnee or a passer-by
// coming from needs a closer look.
struct RiskArea
{
    QString id;
    QString name;
    QString riskLevel = QStringLiteral("medium"); // high, medium or low
    QDate listedOn;
    QDate liftedOn; // invalid while listed

    bool isListed(QDate day) const
    {
        return listedOn <= day && (!liftedOn.isValid() || liftedOn > day);
    }
    static const QStringList &levels();
    static QString levelLabel(const QString &level);
};

class RiskAreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskAreaRepository)

public:
    explicit RiskAreaRepository(Store &store)
        : m_store(store)
    { }

    Result<QString> add(const RiskArea &area, QDate today = QDate::currentDate());
    Result<void> lift(const QString &id, QDate liftedOn);
    // Listed ones first (high before medium before low), then lifted ones.
    QList<RiskArea> all() const;
    // The area on the list that day whose name the place names, such as 上海市浦东新区 for
    // "上海市浦东新区张江镇"; an invalid area when there is none.
    RiskArea matching(const QString &place, QDate day = QDate::currentDate()) const;

private:
    Store &m_store;
};
