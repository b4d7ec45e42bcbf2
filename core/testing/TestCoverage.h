#pragma once

#include <QList>
#include <QString>

class Store;

// How far a testing round has got: per village in its scope, the live persons living there
// (in the village itself or any of its groups and grids) and how many of them have a sample. The
// untested list is the register a village cadre takes from door to door.
class TestCoverage
{
public:
    struct VillageCoverage
    {
        QString villageId;
        QString villageCode;
        QString villageName;
        qint64 inScope = 0;
        qint64 sampled = 0;
        qint64 notSampled() const { return inScope - sampled; }
        double ratio() const { return inScope == 0 ? 0.0 : double(sampled) / double(inScope); }
    };

    struct UntestedPerson
    {
        QString personId;
        QString name;
        QString idNumber;
        QString phone;
        QString villageName;
        QString address;
    };

    TestCoverage(Store &store, const QString &roundId) : m_store(store), m_roundId(roundId) { }

    // Ordered by village code.
    QList<VillageCoverage> perVillage() const;
    // The sums over perVillage(), with an empty village id.
    static VillageCoverage total(const QList<VillageCoverage> &villages);

    qint64 untestedCount() const;
    // Ordered by village code, household address and name.
    QList<UntestedPerson> untested(qint64 offset, qint64 limit) const;

private:
    Store &m_store;
    QString m_roundId;
};
