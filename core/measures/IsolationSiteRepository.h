#pragma once

#include "IsolationSite.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// Reads and writes isolation sites, and counts who is isolated at each: the occupancy is the
// number of running central-isolation measures at the site.
class IsolationSiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(IsolationSiteRepository)

public:
    struct Occupancy
    {
        IsolationSite site;
        int occupied = 0;
        bool isFull() const { return occupied >= site.capacity; }
    };

    explicit IsolationSiteRepository(Store &store)
        : m_store(store)
    { }

    Result<QString> add(const IsolationSite &site);
    // Refuses a capacity below the present occupancy, and closing a site with people in it.
    Result<void> update(const IsolationSite &site);

    IsolationSite byId(const QString &id) const;
    // Every live site, in use first, then standby, then closed; by name within each.
    QList<IsolationSite> all() const;
    int occupied(const QString &siteId) const;
    // Every live site with its occupancy, in the order of all().
    QList<Occupancy> occupancies() const;

private:
    Result<IsolationSite> check(const IsolationSite &site) const;
    Store &m_store;
};
