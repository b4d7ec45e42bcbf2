#include "PersonQuery.h"

#include "PersonRepository.h"
#include "PersonSearch.h"

#include "../regions/RegionRepository.h"
#include "../store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PersonQuery::PersonQuery(Store &store, Filter filter, SortKey sortKey, Qt::SortOrder order)
    : m_store(store), m_filter(std::move(filter)), m_sortKey(sortKey), m_order(order)
{
    QStringList where = { m_filter.removed ? u"p.deleted = 1"_s : u"p.deleted = 0"_s };
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
    if (m_filter.removed && !m_filter.text.trimmed().isEmpty()) {
        // The search index holds the live persons only; the removed are few.
        m_searching = true;
        where << u"(instr(p.name, ?) > 0 OR instr(p.id_number, ?) > 0 OR instr(p.phone, ?) > 0)"_s;
        const QString text = m_filter.text.simplified().toUpper();
        m_values << text << text << text;
    } else if (!m_filter.text.trimmed().isEmpty()) {
        const PersonSearch::Query search = PersonSearch::query(m_filter.text);
        if (!search.isValid()) {
            m_tooShort = true;
            where << u"0"_s;
        } else if (!search.numberPrefix.isEmpty()) {
            m_searching = true;
            m_broad = true;
            // Each branch repeats the partial indexes' conditions so that it can use them.
            where << u"(p.rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ?) "
                     "OR (p.id_number >= ? AND p.id_number < ? AND p.id_number <> '' AND p.deleted = 0) "
                     "OR (p.phone >= ? AND p.phone < ? AND p.phone <> '' AND p.deleted = 0))"_s;
            const QString after = search.numberPrefix + u'~';
            m_values << search.match << search.numberPrefix << after << search.numberPrefix << after;
        } else {
            m_searching = true;
            m_broad = search.needle.size() == 1;
            // The name (its characters; the index leaves out the spaces of a name, "张 伟", and
            // so does the needle), its pinyin, or the address of the household, which is
            // searched by two characters or more. Every branch is a list of rowids, so that a
            // walk along the name index reads no row but those listed; the household branch
            // repeats the partial index's condition so that it can use it.
            QStringList branches = {
                u"(p.rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ?) "
                "AND instr(replace(lower(p.name), ' ', ''), ?) > 0)"_s
            };
            m_values << search.match << search.needle;
            if (search.needle.size() > 1) {
                branches << u"p.rowid IN (SELECT m.rowid FROM persons m WHERE m.household_id IN "
                            "(SELECT h.id FROM household_search s "
                            "JOIN households h ON h.rowid = s.rowid "
                            "WHERE household_search MATCH ? "
                            "AND instr(replace(lower(h.address), ' ', ''), ?) > 0 "
                            "AND h.deleted = 0) AND m.deleted = 0)"_s;
                m_values << search.match << search.needle;
            }
            if (!search.pinyin.isEmpty()) {
                branches << u"p.rowid IN "
                            "(SELECT rowid FROM person_search WHERE person_search MATCH ?)"_s;
                m_values << search.pinyin;
            }
            where << u'(' + branches.join(u" OR "_s) + u')';
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
    if (m_count >= 0)
        return m_count;
    QSqlQuery q(m_store.db());
    if (m_searching) {
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM persons p WHERE "_s + m_where + u" LIMIT ?)"_s);
        bindFilter(q);
        q.addBindValue(SearchCountCap + 1);
    } else {
        q.prepare(u"SELECT count(*) FROM persons p WHERE "_s + m_where);
        bindFilter(q);
    }
    if (!q.exec() || !q.next()) {
        m_error = tr("Cannot read the persons: %1").arg(q.lastError().text());
        return 0;
    }
    m_count = q.value(0).toLongLong();
    return m_count;
}

QList<PersonQuery::Row> PersonQuery::fetch(qint64 offset, int limit) const
{
    QString key;
    switch (m_sortKey) {
    case SortKey::Name: key = u"tl_name_key(p.name)"_s; break;
    case SortKey::Gender: key = u"p.gender"_s; break;
    case SortKey::BirthDate: key = u"p.birth_date"_s; break;
    case SortKey::IdNumber: key = u"p.id_number"_s; break;
    case SortKey::Phone: key = u"p.phone"_s; break;
    case SortKey::Village: key = u"r.code"_s; break;
    }
    const QString direction = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // A search that matches much of the township (the first digits of an ID number, a single
    // character) is cheapest read along the name index, stopping at the page's end. Any other is
    // cheapest found through the search indexes and sorted, even with thousands of matches:
    // walking the index to names late in pinyin order (张, zhang) would read most of it. SQLite
    // cannot tell these apart by itself.
    const bool alongNames = m_searching && m_broad && m_sortKey == SortKey::Name
            && count() > SearchCountCap;
    // The page is chosen first, by rowid and sort key alone, and only its rows are joined to
    // their village and household: a search sorted from thousands of matches carries no more
    // than that through the sort. rowid breaks ties, so pages never overlap; with the name it
    // can still walk the name index.
    const QString page = u"SELECT p.rowid AS person_rowid, %1 AS sort_key FROM persons p "_s
            + (alongNames ? u"INDEXED BY persons_name_order "_s : QString())
            + (m_sortKey == SortKey::Village ? u"JOIN regions r ON r.id = p.region_id "_s
                                             : QString())
            + u"WHERE "_s + m_where + u" ORDER BY %1 %2, p.rowid %2 LIMIT ? OFFSET ?"_s;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + PersonRepository::selectColumns(u"p"_s)
              + u", v.name, h.address, p.removal_reason, p.removal_note, p.removed_on "
              "FROM ("_s + page.arg(key, direction) + u") page "
              "JOIN persons p ON p.rowid = page.person_rowid "
              "JOIN regions r ON r.id = p.region_id "
              "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
              "LEFT JOIN households h ON h.id = p.household_id "
              "ORDER BY page.sort_key %1, p.rowid %1"_s.arg(direction));
    bindFilter(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec()) {
        m_error = tr("Cannot read the persons: %1").arg(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        Row row;
        row.person = PersonRepository::fromQuery(q);
        row.villageName = q.value(PersonRepository::SelectedColumns).toString();
        row.address = q.value(PersonRepository::SelectedColumns + 1).toString();
        if (m_filter.removed) {
            row.removal.reason = q.value(PersonRepository::SelectedColumns + 2).toString();
            row.removal.note = q.value(PersonRepository::SelectedColumns + 3).toString();
            row.removal.on = QDate::fromString(
                q.value(PersonRepository::SelectedColumns + 4).toString(), Qt::ISODate);
        }
        rows.append(row);
    }
    return rows;
}
