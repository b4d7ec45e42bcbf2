#pragma once

#include "Region.h"

#include "../store/Result.h"

#include <QCoreApplication>

class Store;

// Reads and writes the region tree.
class RegionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegionRepository)

public:
    explicit RegionRepository(Store &store) : m_store(store) { }

    Region byId(const QString &id) const;
    Region byCode(const QString &code) const;
    Region township() const;
    QList<Region> villages() const;
    QList<Region> children(const QString &parentId) const;
    // The village a village, group or grid lies in.
    Region villageOf(const QString &regionId) const;

    // Adds a child region one level below its parent; the code is checked against the parent's.
    Result<QString> add(const QString &parentId, const QString &code, const QString &name);
    // The first free code for a new child of the parent: the parent's code followed by the next
    // three-digit number (for a village under a township, the next village number).
    QString nextChildCode(const QString &parentId) const;

private:
    QList<Region> select(const QString &where, const QVariantList &values) const;
    Store &m_store;
};
