#include "PersonRows.h"

#include "CellValues.h"

#include "../people/IdNumber.h"
#include "../people/Person.h"
#include "../people/PersonRepository.h"
#include "../people/PersonSearch.h"
#include "../people/TextNormalizer.h"
#include "../regions/RegionRepository.h"
#include "../store/BulkLoad.h"
#include "../store/Ownership.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Relations as ledgers write them (户主, 妻, 长子, 外孙女 ...), and our own labels.
QHash<QString, QString> makeRelations()
{
    QHash<QString, QString> r;
    auto add = [&r](const QString &relation, const QStringList &words) {
        for (const QString &w : words)
            r.insert(w, relation);
    };
    add(u"head"_s, { u"户主"_s, u"本人"_s, u"户主本人"_s, u"head"_s });
    add(u"spouse"_s, { u"配偶"_s, u"妻"_s, u"妻子"_s, u"夫"_s, u"丈夫"_s, u"之妻"_s, u"之夫"_s, u"爱人"_s,
                       u"老伴"_s });
    add(u"son"_s, { u"子"_s, u"儿子"_s, u"长子"_s, u"次子"_s, u"三子"_s, u"四子"_s, u"五子"_s, u"独子"_s,
                    u"之子"_s, u"养子"_s, u"继子"_s });
    add(u"daughter"_s, { u"女"_s, u"女儿"_s, u"长女"_s, u"次女"_s, u"三女"_s, u"四女"_s, u"五女"_s,
                         u"独女"_s, u"之女"_s, u"养女"_s, u"继女"_s });
    add(u"parent"_s, { u"父"_s, u"母"_s, u"父亲"_s, u"母亲"_s, u"父母"_s, u"之父"_s, u"之母"_s });
    add(u"grandparent"_s, { u"祖父"_s, u"祖母"_s, u"爷爷"_s, u"奶奶"_s, u"外祖父"_s, u"外祖母"_s,
                            u"姥爷"_s, u"姥姥"_s, u"外公"_s, u"外婆"_s, u"祖父母"_s });
    add(u"grandchild"_s, { u"孙子"_s, u"孙女"_s, u"孙"_s, u"外孙"_s, u"外孙子"_s, u"外孙女"_s,
                           u"孙子女"_s });
    add(u"sibling"_s, { u"兄"_s, u"弟"_s, u"姐"_s, u"妹"_s, u"哥哥"_s, u"弟弟"_s, u"姐姐"_s,
                        u"妹妹"_s, u"兄弟"_s, u"姐妹"_s, u"兄弟姐妹"_s });
    add(u"other"_s, { u"其他"_s, u"儿媳"_s, u"女婿"_s, u"侄子"_s, u"侄女"_s, u"外甥"_s, u"外甥女"_s,
                      u"孙媳"_s, u"孙女婿"_s, u"保姆"_s, u"other"_s });
    for (const QString &relation : Person::relationsToHead()) {
        r.insert(relation, relation);
        r.insert(Person::relationLabel(relation), relation);
    }
    r.insert(Person::relationLabel({}, true), u"head"_s);
    return r;
}

// A code of codes() from the code itself, its label, or another word for it.
QHash<QString, QString> labelled(const QStringList &codes, QString (*label)(const QString &),
                                 const QList<std::pair<QString, QString>> &words = {})
{
    QHash<QString, QString> r;
    for (const QString &code : codes) {
        r.insert(code, code);
        r.insert(TextNormalizer::compact(label(code)), code);
    }
    for (const auto &[word, code] : words)
        r.insert(word, code);
    return r;
}

// The words a village's name is written with in ledgers, around the name in the store.
QString villageKey(const QString &text)
{
    QString s = TextNormalizer::compact(text);
    for (const QString &suffix : { u"村民委员会"_s, u"居民委员会"_s, u"村委会"_s, u"居委会"_s })
        if (s.endsWith(suffix) && s.size() > suffix.size())
            s.chop(suffix.size());
    return s;
}

// A person without an ID number is the one of the same name in the same village (or group)
// born on the same day, or with the same phone: the keys that say so.
QStringList keysWithoutId(const QString &name, const QString &regionId, QDate birth, const QString &phone)
{
    QStringList keys;
    const QString who = TextNormalizer::compact(name) + u'|' + regionId + u'|';
    if (birth.isValid())
        keys << who + u"born:"_s + birth.toString(Qt::ISODate);
    if (!phone.isEmpty())
        keys << who + u"phone:"_s + phone;
    return keys;
}

} // namespace

PersonRows::PersonRows(const Context &context, Mode mode)
    : m_store(context.store),
      m_options(context.options),
      m_mode(mode),
      m_relations(makeRelations()),
      m_residenceTypes(labelled(Person::residenceTypes(), &Person::residenceTypeLabel,
                                { { u"户籍"_s, u"registered"_s }, { u"本地户籍"_s, u"registered"_s },
                                  { u"户籍人口"_s, u"registered"_s }, { u"户籍人员"_s, u"registered"_s },
                                  { u"常住"_s, u"habitual"_s }, { u"常住人口"_s, u"habitual"_s },
                                  { u"常住人员"_s, u"habitual"_s }, { u"外来"_s, u"migrant_worker"_s },
                                  { u"外来人口"_s, u"migrant_worker"_s },
                                  { u"外来务工"_s, u"migrant_worker"_s },
                                  { u"外来务工人员"_s, u"migrant_worker"_s },
                                  { u"滞留"_s, u"stranded"_s }, { u"滞留人员"_s, u"stranded"_s } })),
      m_specialGroups(labelled(Person::specialGroups(), &Person::specialGroupLabel,
                               { { u"独居"_s, u"elderly_alone"_s }, { u"残疾"_s, u"disabled"_s },
                                 { u"残疾人"_s, u"disabled"_s }, { u"孕妇"_s, u"pregnant"_s },
                                 { u"孕产妇"_s, u"pregnant"_s }, { u"慢性病"_s, u"chronically_ill"_s } }))
{
    m_hasHouseholds = context.columns.contains(u"relation"_s)
        || context.columns.contains(u"head_name"_s)
        || context.columns.contains(u"household_number"_s)
        || context.columns.contains(u"address"_s);
    m_relationMapped = context.columns.contains(u"relation"_s) || context.columns.contains(u"head_name"_s);
    m_year = LedgerYear(m_options.year, context.header.fileDate);
}

Result<void> PersonRows::load(const Context &context)
{
    RegionRepository regions(m_store);
    m_villages = regions.villages();
    if (m_villages.isEmpty())
        return Result<void>::failure(tr("The township has no villages yet: set it up first."));
    for (qsizetype i = 0; i < m_villages.size(); ++i) {
        const Region &v = m_villages[i];
        m_villageByKey.insert(v.code, i);
        m_villageByKey.insert(villageKey(v.name), i);
        QHash<QString, QString> &areas = m_areas[v.id];
        for (const Region &group : regions.children(v.id)) {
            areas.insert(TextNormalizer::compact(group.name), group.id);
            for (const Region &grid : regions.children(group.id))
                areas.insert(TextNormalizer::compact(grid.name), grid.id);
        }
    }
    if (!m_options.villageCode.isEmpty()) {
        m_defaultVillage = m_villageByKey.value(TextNormalizer::compact(m_options.villageCode), -1);
        if (m_defaultVillage < 0)
            return Result<void>::failure(
                tr("There is no village with the code %1.").arg(m_options.villageCode));
    } else if (!context.header.unit.isEmpty()) {
        // 填报单位：小王庄村委会 names the village of a ledger without a village column: the
        // longest name it holds (小王庄, not 王庄), and none when two are as long.
        qsizetype longest = 0;
        for (qsizetype i = 0; i < m_villages.size(); ++i) {
            const qsizetype length = m_villages[i].name.size();
            if (!context.header.unit.contains(m_villages[i].name) || length < longest)
                continue;
            m_defaultVillage = length == longest ? -1 : i;
            longest = length;
        }
    }

    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id_number, p.id, p.household_id, p.name, h.head_person_id = p.id "
                "FROM persons p LEFT JOIN households h ON h.id = p.household_id AND h.deleted = 0 "
                "WHERE p.deleted = 0 AND p.id_number <> ''"_s))
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        m_stored.insert(q.value(0).toString(),
                        { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
        if (q.value(4).toBool())
            m_storedHouseholdOfHead.insert(q.value(1).toString(), q.value(2).toString());
    }
    if (!q.exec(u"SELECT id, household_id, name, region_id, birth_date, phone FROM persons "
                "WHERE deleted = 0 AND id_number = ''"_s))
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next()) {
        const Stored stored { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
        for (const QString &key : keysWithoutId(stored.name, q.value(3).toString(),
                 QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString()))
            m_storedWithoutId.insert(key, stored);
    }
    return {};
}

const Region *PersonRows::villageFor(const MappedRow &row, QString &problem) const
{
    const CellValue<QString> given = CellValues::text(row.cell(u"village"_s));
    if (given.value && !given.value->isEmpty()) {
        const qsizetype i = m_villageByKey.value(villageKey(*given.value), -1);
        if (i >= 0)
            return &m_villages[i];
        QStringList names;
        for (const Region &v : m_villages)
            names << v.name;
        problem = tr("%1 is not one of the township's villages (%2).")
                      .arg(*given.value, names.join(u"、"_s));
        return nullptr;
    }
    if (m_defaultVillage >= 0)
        return &m_villages[m_defaultVillage];
    problem = tr("The row names no village: map a village column, or choose the village of the "
                 "whole ledger.");
    return nullptr;
}

qsizetype PersonRows::householdFor(const MappedRow &row, const Person &person,
                                   const QString &relation, const Region &village,
                                   const QString &address, const std::optional<Stored> &stored)
{
    m_placed = true;
    m_isHead = false;
    if (!m_hasHouseholds)
        return -1;
    // As the person's name is kept: 张 三 is 张三.
    const QString headName = TextNormalizer::foldWidth(
        CellValues::text(row.cell(u"head_name"_s)).value.value_or(QString())).simplified();
    const QString number = CellValues::text(row.cell(u"household_number"_s)).value.value_or(QString());
    const bool isHead = relation == "head"_L1
        || (relation.isEmpty() && !headName.isEmpty() && headName == person.name);
    m_isHead = isHead;

    auto open = [&](const QString &key) {
        NewHousehold h;
        h.regionId = person.regionId;
        h.villageId = village.id;
        h.owner = Ownership::ofRegion(village.code, village.level);
        h.address = address;
        h.headName = isHead ? person.name : headName;
        // A head already registered brings the ledger's members into their household.
        const QString storedHousehold = stored ? m_storedHouseholdOfHead.value(stored->id) : QString();
        if (isHead && !storedHousehold.isEmpty()) {
            h.id = storedHousehold;
            h.stored = true;
        } else {
            h.id = SyncedRows::newId();
            ++m_householdsTaken;
        }
        m_households.append(h);
        if (!key.isEmpty())
            m_householdByKey.insert(key, m_households.size() - 1);
        return m_households.size() - 1;
    };

    // Households are told apart within their group or grid: 户号 1 of 一组 is not 户号 1 of 二组.
    const QString area = person.regionId + u'\x1f';
    if (!number.isEmpty()) {
        const QString key = area + u"no\x1f"_s + number;
        const qsizetype found = m_householdByKey.value(key, -1);
        return found >= 0 ? found : open(key);
    }
    if (row.has(u"relation"_s) || row.has(u"head_name"_s)) {
        if (isHead) {
            // Members listed above their head opened the household under the head's name.
            const QString key = area + u"head\x1f"_s + person.name + u'\x1f' + address;
            const qsizetype found = m_householdByKey.value(key, -1);
            m_current = found >= 0 && m_households[found].head < 0 && !m_households[found].stored
                ? found : open(key);
            return m_current;
        }
        // A member follows their head in the ledger; the head's name, when given, must agree.
        if (m_current >= 0 && m_households[m_current].villageId == village.id
            && (headName.isEmpty() || m_households[m_current].headName == headName))
            return m_current;
        const QString key = area + u"head\x1f"_s + headName + u'\x1f' + address;
        const qsizetype found = m_householdByKey.value(key, -1);
        if (found >= 0)
            return found;
        if (headName.isEmpty() && address.isEmpty())
            return -1;
        m_current = open(key);
        return m_current;
    }
    // An address alone makes a household only down to its house number: 东村三组 is a group's
    // name, not a household's.
    if (address.isEmpty())
        return -1;
    if (std::none_of(address.begin(), address.end(), [](QChar c) { return c.isDigit(); }))
        return open({});
    const QString key = area + u"address\x1f"_s + address;
    const qsizetype found = m_householdByKey.value(key, -1);
    return found >= 0 ? found : open(key);
}

ImportRowVerdict PersonRows::take(const MappedRow &row)
{
    m_placed = false;
    ImportRowVerdict verdict = takeRow(row);
    // A head whose row was not taken leaves the members under it without a household to join,
    // rather than in the family listed above.
    if (!m_placed) {
        const QString relation = CellValues::text(row.cell(u"relation"_s)).value.value_or(QString());
        const QString headName = TextNormalizer::compact(
            CellValues::text(row.cell(u"head_name"_s)).value.value_or(QString()));
        const QString name = TextNormalizer::compact(
            CellValues::text(row.cell(u"name"_s)).value.value_or(QString()));
        if (m_relations.value(TextNormalizer::compact(relation)) == "head"_L1
            || (!headName.isEmpty() && headName == name))
            m_current = -1;
    }
    return verdict;
}

std::optional<ImportRowVerdict> PersonRows::findListed(const MappedRow &row)
{
    ImportRowVerdict verdict;
    const CellValue<QString> id = CellValues::idNumber(row.cell(u"id_number"_s), m_options.today);
    verdict.verdict = ImportVerdict::Refused;
    if (!id.refused.isEmpty()) {
        verdict.note = id.refused;
        return verdict;
    }
    if (!id.value || id.value->isEmpty()) {
        verdict.note = tr("The ID number is empty: the person is found, or registered, by it.");
        return verdict;
    }
    auto listed = m_listed.constFind(*id.value);
    if (listed == m_listed.cend()) {
        const auto stored = m_stored.constFind(*id.value);
        if (stored == m_stored.cend())
            return std::nullopt;
        listed = m_listed.insert(*id.value, { stored->id, stored->name, false });
    }
    m_lastPersonId = listed->id;
    m_lastPersonIsNew = listed->isNew;
    QStringList fixed;
    if (!id.fixed.isEmpty())
        fixed << tr("ID number") + u"："_s + id.fixed;
    const QString name = CellValues::text(row.cell(u"name"_s)).value.value_or(QString());
    if (!name.isEmpty() && TextNormalizer::compact(name) != TextNormalizer::compact(listed->name))
        fixed << tr("the ID number is registered as %1").arg(listed->name);
    verdict.verdict = fixed.isEmpty() ? ImportVerdict::Ok : ImportVerdict::Fixed;
    verdict.note = fixed.join(u"；"_s);
    return verdict;
}

ImportRowVerdict PersonRows::takeRow(const MappedRow &row)
{
    m_lastPersonId.clear();
    m_lastPersonIsNew = false;
    if (m_mode == Mode::Listed) {
        if (auto found = findListed(row))
            return *found;
    }
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };
    auto note = [&fixed](const QString &field, const QString &what) {
        if (!what.isEmpty())
            fixed << field + u"："_s + what;
    };

    Person p;
    const CellValue<QString> name = CellValues::text(row.cell(u"name"_s));
    if (!name.value || name.value->isEmpty())
        return refuse(tr("The name is empty."));
    p.name = *name.value;

    QString problem;
    const Region *village = villageFor(row, problem);
    if (!village)
        return refuse(problem);
    p.regionId = village->id;
    if (const auto group = CellValues::text(row.cell(u"group"_s)); group.value && !group.value->isEmpty()) {
        const QString area = m_areas.value(village->id).value(TextNormalizer::compact(*group.value));
        if (!area.isEmpty())
            p.regionId = area;
        else
            fixed << tr("%1 is not a group or grid of %2: filed under the village").arg(*group.value, village->name);
    }

    const CellValue<QString> id = CellValues::idNumber(row.cell(u"id_number"_s), m_options.today);
    if (!id.refused.isEmpty())
        return refuse(id.refused);
    note(tr("ID number"), id.fixed);
    p.idNumber = id.value.value_or(QString());

    const CellValue<QString> gender = CellValues::gender(row.cell(u"gender"_s));
    const CellValue<QDate> birth = CellValues::date(row.cell(u"birth_date"_s), m_year);
    if (!p.idNumber.isEmpty()) {
        // The ID number wins over a gender or birth date that disagrees with it.
        const auto fromId = IdNumber::parse(p.idNumber, m_options.today);
        if (!fromId)
            return refuse(fromId.error());
        const QString idGender = fromId->gender() == IdNumber::Gender::Male ? u"male"_s : u"female"_s;
        if (gender.value && *gender.value != idGender)
            fixed << tr("gender %1 disagrees with the ID number: %2 kept")
                         .arg(Person::genderLabel(*gender.value), Person::genderLabel(idGender));
        if (birth.value && *birth.value != fromId->birthDate())
            fixed << tr("birth date %1 disagrees with the ID number: %2 kept")
                         .arg(birth.value->toString(Qt::ISODate),
                              fromId->birthDate().toString(Qt::ISODate));
    } else {
        if (!gender.refused.isEmpty())
            return refuse(gender.refused);
        if (!birth.refused.isEmpty())
            return refuse(birth.refused);
        note(tr("Gender"), gender.fixed);
        note(tr("Birth date"), birth.fixed);
        p.gender = gender.value.value_or(QString());
        p.birthDate = birth.value.value_or(QDate());
    }

    const CellValue<QStringList> phones = CellValues::phones(row.cell(u"phone"_s));
    if (!phones.refused.isEmpty())
        return refuse(phones.refused);
    QStringList notes;
    // A ledger of measures keeps its notes on the measure.
    if (m_mode != Mode::Listed)
        notes << CellValues::text(row.cell(u"notes"_s)).value.value_or(QString());
    if (phones.value) {
        p.phone = phones.value->constFirst();
        // The person keeps one phone; the others go to the notes rather than be lost.
        note(tr("Phone"), phones.fixed);
        if (phones.value->size() > 1) {
            const QString others = phones.value->sliced(1).join(u"、"_s);
            notes << tr("Other phone: %1").arg(others);
            note(tr("Phone"), tr("%1 kept, %2 put in the notes").arg(p.phone, others));
        }
    }
    notes.removeAll(QString());
    p.notes = notes.join(u"；"_s);
    if (const auto t = CellValues::text(row.cell(u"residence_type"_s)); t.value && !t.value->isEmpty()) {
        const QString type = m_residenceTypes.value(TextNormalizer::compact(*t.value));
        if (type.isEmpty())
            fixed << tr("residence type %1 not known: %2 kept")
                         .arg(*t.value, Person::residenceTypeLabel(p.residenceType));
        else
            p.residenceType = type;
    }
    if (const auto g = CellValues::text(row.cell(u"special_group"_s)); g.value && !g.value->isEmpty()) {
        p.specialGroup = m_specialGroups.value(TextNormalizer::compact(*g.value), u"other"_s);
        if (!m_specialGroups.contains(TextNormalizer::compact(*g.value)))
            fixed << tr("special group %1 taken as %2").arg(*g.value, Person::specialGroupLabel(p.specialGroup));
    }

    QString relation;
    if (const auto r = CellValues::text(row.cell(u"relation"_s)); r.value && !r.value->isEmpty()) {
        relation = m_relations.value(TextNormalizer::compact(*r.value));
        if (relation.isEmpty()) {
            relation = u"other"_s;
            fixed << tr("relation %1 taken as %2").arg(*r.value, Person::relationLabel(relation));
        }
    }
    if (relation != "head"_L1)
        p.relationToHead = relation;

    if (m_mode == Mode::Returnees) {
        const CellValue<QString> origin = CellValues::text(row.cell(u"returnee_origin"_s));
        const CellValue<QDate> arrived = CellValues::date(row.cell(u"arrived_on"_s), m_year);
        if (!arrived.refused.isEmpty())
            return refuse(arrived.refused);
        note(tr("Arrival date"), arrived.fixed);
        p.returnee = true;
        p.returneeOrigin = origin.value.value_or(QString());
        p.arrivedOn = arrived.value.value_or(QDate());
    }

    auto checked = PersonRepository::checkFields(p, m_options.today);
    if (!checked)
        return refuse(checked.error());
    p = std::move(checked).value();

    std::optional<Stored> stored;
    if (!p.idNumber.isEmpty()) {
        if (const auto seen = m_seen.constFind(p.idNumber); seen != m_seen.cend()) {
            verdict.verdict = ImportVerdict::Duplicate;
            verdict.note = tr("The same ID number as row %1.").arg(*seen);
            return verdict;
        }
        m_seen.insert(p.idNumber, row.row.number);
        if (const auto s = m_stored.constFind(p.idNumber); s != m_stored.cend())
            stored = *s;
    } else {
        const QStringList keys = keysWithoutId(p.name, p.regionId, p.birthDate, p.phone);
        for (const QString &key : keys) {
            if (const auto seen = m_seenWithoutId.constFind(key); seen != m_seenWithoutId.cend()) {
                verdict.verdict = ImportVerdict::Duplicate;
                verdict.note = key.contains(u"|born:"_s)
                    ? tr("No ID number, and the same name, village and birth date as row %1.").arg(*seen)
                    : tr("No ID number, and the same name, village and phone as row %1.").arg(*seen);
                return verdict;
            }
        }
        for (const QString &key : keys) {
            m_seenWithoutId.insert(key, row.row.number);
            if (const auto s = m_storedWithoutId.constFind(key); !stored && s != m_storedWithoutId.cend())
                stored = *s;
        }
    }
    const QString address = [&] {
        const QString a = CellValues::text(row.cell(u"address"_s)).value.value_or(QString());
        return TextNormalizer::foldWidth(a).simplified();
    }();

    if (stored && m_mode == Mode::Residents) {
        verdict.verdict = ImportVerdict::Duplicate;
        switch (m_options.duplicates) {
        case DuplicatePolicy::Skip:
            verdict.note = tr("Already registered as %1: kept as it is.").arg(stored->name);
            break;
        case DuplicatePolicy::Review:
            verdict.note = tr("Already registered as %1: to review.").arg(stored->name);
            break;
        case DuplicatePolicy::Update:
            verdict.note = tr("Already registered as %1: updated from the ledger.").arg(stored->name);
            p.id = stored->id;
            p.householdId = stored->householdId;
            m_updates.append(p);
            break;
        }
        // A registered head still gathers the members listed under them.
        householdFor(row, p, relation, *village, address, stored);
        return verdict;
    }
    if (stored) {
        // A returnee ledger lists residents already registered: they are marked as returnees,
        // and a head among them still gathers the members listed under them.
        householdFor(row, p, relation, *village, address, stored);
        p.id = stored->id;
        p.householdId = stored->householdId;
        m_updates.append(p);
        fixed << tr("already registered: marked as a returnee");
    } else {
        const qsizetype household = householdFor(row, p, relation, *village, address, stored);
        NewPerson np { p, household };
        np.person.id = SyncedRows::newId();
        if (household >= 0) {
            NewHousehold &h = m_households[household];
            if (h.address.isEmpty())
                h.address = village->name;
            // Without a relation column the first person listed heads the household.
            if (!h.stored && (m_isHead || (h.head < 0 && !m_relationMapped))) {
                if (h.head >= 0 && m_isHead)
                    fixed << tr("a second head of household: listed as a member");
                else
                    h.head = m_persons.size();
            }
            if (h.head == m_persons.size())
                np.person.relationToHead.clear();
            np.person.householdId = h.id;
            np.person.regionId = h.regionId;
        }
        m_persons.append(np);
        if (m_mode == Mode::Listed) {
            m_listed.insert(p.idNumber, { np.person.id, p.name, true });
            m_lastPersonId = np.person.id;
            m_lastPersonIsNew = true;
            fixed << tr("not registered yet: registered from the row");
        }
    }
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<void> PersonRows::insert(qint64 &written, const LedgerImport::Progress &progress)
{
    using R = Result<void>;
    sqlite3 *db = m_store.handle();
    SqliteBatchInsert insertHousehold(db,
        "INSERT INTO households (id, region_id, address, head_person_id, phone, household_type, "
        "updated_hlc, origin, owner_unit) VALUES",
        "(?, ?, ?, ?, '', 'family', ?, ?, ?)");
    SqliteBatchInsert insertPerson(db,
        "INSERT INTO persons (id, household_id, region_id, name, id_number, phone, gender, "
        "birth_date, residence_type, returnee, returnee_origin, arrived_on, risk_area, "
        "close_contact, special_group, notes, relation_to_head, updated_hlc, origin, owner_unit) "
        "VALUES",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?)");
    const QByteArray origin = m_store.instanceId().toUtf8();
    auto failed = [](const SqliteBatchInsert &s) {
        return R::failure(Store::tr("Database error: %1").arg(s.error()));
    };
    auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };

    for (const NewHousehold &h : std::as_const(m_households)) {
        if (h.stored)
            continue;
        insertHousehold << h.id << h.regionId << h.address;
        if (h.head >= 0)
            insertHousehold << m_persons[h.head].person.id;
        else
            insertHousehold.null();
        insertHousehold << qint64(m_store.hlc().now()) << origin << h.owner;
        if (!insertHousehold.endRow())
            return failed(insertHousehold);
    }
    if (!insertHousehold.finish())
        return failed(insertHousehold);
    QHash<QString, QString> ownerOfRegion;
    for (const NewPerson &np : std::as_const(m_persons)) {
        const Person &p = np.person;
        QString &owner = ownerOfRegion[p.regionId];
        if (owner.isEmpty())
            owner = np.household >= 0 ? m_households[np.household].owner : Ownership::ofRegion(
                        RegionRepository(m_store).byId(p.regionId).code, Region::Village);
        insertPerson << p.id;
        if (p.householdId.isEmpty())
            insertPerson.null();
        else
            insertPerson << p.householdId;
        insertPerson << p.regionId << p.name << p.idNumber << p.phone << p.gender
                     << date(p.birthDate) << p.residenceType << qint64(p.returnee)
                     << p.returneeOrigin << date(p.arrivedOn) << p.specialGroup << p.notes
                     << p.relationToHead << qint64(m_store.hlc().now()) << origin << owner;
        if (!insertPerson.endRow())
            return failed(insertPerson);
        if (++written % 2000 == 0 && progress
            && !progress(double(written) / double(m_persons.size() + m_updates.size())))
            return R::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    }
    if (!insertPerson.finish())
        return failed(insertPerson);
    return {};
}

Result<qint64> PersonRows::write(const LedgerImport::Progress &progress)
{
    using R = Result<qint64>;
    qint64 written = 0;
    const PersonSearch::Rowids last = PersonSearch::lastRowids(m_store);
    // Building the indexes once costs less than growing them row by row, once the rows are many.
    std::optional<BulkLoad> bulk;
    if (m_persons.size() >= 5000) {
        bulk.emplace(m_store, QStringList { u"households"_s, u"persons"_s });
        if (!bulk->error().isEmpty())
            return R::failure(bulk->error());
    }
    if (auto r = insert(written, progress); !r)
        return R::failure(r.error());
    if (bulk) {
        if (auto r = PersonSearch::indexRowsAfter(m_store, last); !r)
            return R::failure(r.error());
        if (auto r = bulk->finish(); !r)
            return R::failure(r.error());
    }
    // At a county, a number another township keeps too joins the persons known to several (a
    // township keeps each number once). The conditions of the partial index on id_number let
    // the lookup use it.
    QSqlQuery shared(m_store.db());
    if (Ownership::isCounty(m_store.unitCode())
        && !shared.exec(u"INSERT OR IGNORE INTO shared_id_numbers SELECT p.id_number FROM persons p "
                        "WHERE p.rowid > %1 AND p.deleted = 0 AND p.id_number <> '' AND EXISTS "
                        "(SELECT 1 FROM persons o WHERE o.id_number = p.id_number "
                        "AND o.deleted = 0 AND o.id_number <> '' AND o.rowid <> p.rowid)"_s
                            .arg(last.persons)))
        return R::failure(Store::tr("Database error: %1").arg(shared.lastError().text()));

    for (const Person &p : std::as_const(m_updates)) {
        QVariantMap changes;
        if (m_mode == Mode::Returnees) {
            changes = { { u"returnee"_s, 1 }, { u"returnee_origin"_s, p.returneeOrigin },
                        { u"arrived_on"_s, p.arrivedOn.toString(Qt::ISODate) } };
        } else {
            // The ledger's values where it has them; what it leaves blank stays.
            const QVariantMap columns = PersonRepository::toColumns(p);
            for (const QString &column : { u"name"_s, u"phone"_s, u"notes"_s }) {
                if (!columns.value(column).toString().isEmpty())
                    changes.insert(column, columns.value(column));
            }
        }
        if (auto r = SyncedRows::update(m_store, u"persons"_s, p.id, changes); !r)
            return R::failure(r.error());
        ++written;
    }
    return written;
}
