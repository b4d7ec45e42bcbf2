#include "PersonQuery.h"

#include "PersonRepository.h"
#include "PersonSearch.h"

#include "../regions/RegionRepository.h"
#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

PersonQuery::PersonQuery(Store &store, Filter filter, SortKey sortKey, Qt::SortOrder order)
    : m_store(store), m_filter(std::move(filter)), m_sortKey(sortKey), m_order(order)
{
    QStringList where = { u"p.deleted = 0"_s };
    if (!m_filter.villageId.isEmpty()) {
        const Region village = RegionRepository(store).byId(m_filter.villageId);
        where << u"p.region_id IN (SELECT id FROM regions WHERE substr(code, 1, 12) = ?)"_s;
        m_values << village.code;
    }
    switch (m_filter.category) {
    case PersonCategory::Any: break;
    case PersonCategory::Returnee: where << u"p.returnee = 1"_s; break;
    case PersonCategory::RiskArea: where << u"p.risk_area = 1"_s; break;
    case PersonCategory::CloseContact: where << u"p.close_contact = 1"_s; break;
    case PersonCategory::SpecialGroup: where << u"p.special_group <> ''"_s; break;
    }
    if (!m_filter.text.trimmed().isEmpty()) {
        const PersonSearch::Query search = PersonSearch::query(m_filter.text);
        if (!search.isValid()) {
            m_tooShort = true;
            where << u"0"_s;
        } else {
            where << u"p.rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)"_s;
            m_values << search.match;
            if (!search.needle.isEmpty()) {
                where << u"instr(lower(p.name), ?) > 0"_s;
                m_values << search.needle;
            }
        }
    }
    m_where = where.join(u" AND "_s);
}

void PersonQuery::bindFilter(QSqlQuery &q) const
{
    for (const QVariant &v : m_values)
        q.addBindValue(v);
}

qint64 PersonQuery::count() const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT count(*) FROM persons p WHERE "_s + m_where);
    bindFilter(q);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<PersonQuery::Row> PersonQuery::fetch(qint64 offset, int limit) const
{
    QString key;
    switch (m_sortKey) {
    case SortKey::Name: key = u"p.name"_s; break;
    case SortKey::Gender: key = u"p.gender"_s; break;
    case SortKey::BirthDate: key = u"p.birth_date"_s; break;
    case SortKey::IdNumber: key = u"p.id_number"_s; break;
    case SortKey::Phone: key = u"p.phone"_s; break;
    case SortKey::Village: key = u"r.code"_s; break;
    }
    const QString direction = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // rowid breaks ties, so pages never overlap; with the name it can still walk the name index.
    q.prepare(u"SELECT "_s + PersonRepository::selectColumns(u"p"_s) + u", v.name, h.address "
              "FROM persons p JOIN regions r ON r.id = p.region_id "
              "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
              "LEFT JOIN households h ON h.id = p.household_id WHERE "_s
              + m_where + u" ORDER BY %1 %2, p.rowid %2 LIMIT ? OFFSET ?"_s.arg(key, direction));
    bindFilter(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row row;
        row.person = PersonRepository::fromQuery(q);
        row.villageName = q.value(16).toString();
        row.address = q.value(17).toString();
        rows.append(row);
    }
    return rows;
}
