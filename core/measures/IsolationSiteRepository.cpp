#include "IsolationSiteRepository.h"

#include "../people/PhoneNumber.h"
#include "../people/TextNormalizer.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString siteColumns = u"s.id, s.name, s.address, s.capacity, s.status, s.phone, s.notes"_s;
const QString siteOrder = u"ORDER BY CASE s.status WHEN 'in_use' THEN 0 WHEN 'standby' THEN 1 "
                          "ELSE 2 END, s.name, s.id"_s;

IsolationSite siteFrom(const QSqlQuery &q)
{
    IsolationSite s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.address = q.value(2).toString();
    s.capacity = q.value(3).toInt();
    s.status = q.value(4).toString();
    s.phone = q.value(5).toString();
    s.notes = q.value(6).toString();
    return s;
}

QVariantMap columnsOf(const IsolationSite &s)
{
    return { { u"name"_s, s.name }, { u"address"_s, s.address }, { u"capacity"_s, s.capacity },
        { u"status"_s, s.status }, { u"phone"_s, s.phone }, { u"notes"_s, s.notes } };
}

} // namespace

Result<IsolationSite> IsolationSiteRepository::check(const IsolationSite &input) const
{
    using R = Result<IsolationSite>;
    IsolationSite s = input;
    s.name = TextNormalizer::foldWidth(s.name).simplified();
    s.address = s.address.simplified();
    s.notes = s.notes.trimmed();
    if (s.name.isEmpty())
        return R::failure(tr("Enter the name of the isolation site."));
    if (s.capacity < 1 || s.capacity > 10000)
        return R::failure(
            tr("The capacity of %1 must be between 1 and 10000 persons.").arg(s.name));
    if (!IsolationSite::statuses().contains(s.status))
        return R::failure(tr("Choose whether the site is in use, on standby or closed."));
    if (!TextNormalizer::compact(s.phone).isEmpty()) {
        auto phone = PhoneNumber::normalize(s.phone);
        if (!phone)
            return R::failure(phone.error());
        s.phone = phone.value();
    } else {
        s.phone.clear();
    }
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM isolation_sites WHERE name = ? AND id <> ? AND deleted = 0"_s);
    q.addBindValue(s.name);
    // A null QString binds as NULL, and "id <> NULL" matches nothing.
    q.addBindValue(s.id.isEmpty() ? u""_s : s.id);
    if (q.exec() && q.next())
        return R::failure(tr("There is already an isolation site named %1.").arg(s.name));
    if (!s.id.isEmpty()) {
        const int people = occupied(s.id);
        if (s.status == "closed"_L1 && people > 0)
            return R::failure(
                tr("%1 persons are isolated at %2: release them before closing the site.")
                    .arg(people)
                    .arg(s.name));
        if (s.capacity < people)
            return R::failure(tr("%1 persons are isolated at %2, more than the capacity %3.")
                                  .arg(people)
                                  .arg(s.name)
                                  .arg(s.capacity));
    }
    return s;
}

Result<QString> IsolationSiteRepository::add(const IsolationSite &site)
{
    IsolationSite fresh = site;
    fresh.id.clear();
    auto checked = check(fresh);
    if (!checked)
        return Result<QString>::failure(checked.error());
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<QString>::failure(transaction.error());
    auto id = SyncedRows::insert(m_store, u"isolation_sites"_s, columnsOf(checked.value()));
    if (!id)
        return id;
    if (auto r = transaction.commit(); !r)
        return Result<QString>::failure(r.error());
    return id;
}

Result<void> IsolationSiteRepository::update(const IsolationSite &site)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Result<void>::failure(transaction.error());
    // Checked inside the transaction, so the occupancy cannot change between check and write.
    auto checked = check(site);
    if (!checked)
        return Result<void>::failure(checked.error());
    if (auto r
        = SyncedRows::update(m_store, u"isolation_sites"_s, site.id, columnsOf(checked.value()));
        !r)
        return r;
    return transaction.commit();
}

IsolationSite IsolationSiteRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        u"SELECT "_s + siteColumns + u" FROM isolation_sites s WHERE s.id = ? AND s.deleted = 0"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? siteFrom(q) : IsolationSite();
}

QList<IsolationSite> IsolationSiteRepository::all() const
{
    QList<IsolationSite> sites;
    for (const Occupancy &o : occupancies())
        sites.append(o.site);
    return sites;
}

int IsolationSiteRepository::occupied(const QString &siteId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) FROM control_measures WHERE site_id = ? AND deleted = 0 "
              "AND released_on = ''"_s);
    q.addBindValue(siteId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<IsolationSiteRepository::Occupancy> IsolationSiteRepository::occupancies() const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT "_s + siteColumns
        + u", (SELECT count(*) FROM control_measures m WHERE m.site_id = s.id "
          "AND m.deleted = 0 AND m.released_on = '') "
          "FROM isolation_sites s WHERE s.deleted = 0 "_s
        + siteOrder);
    QList<Occupancy> list;
    if (q.exec()) {
        while (q.next())
            list.append({ siteFrom(q), q.value(7).toInt() });
    }
    return list;
}
