// person remove/restore and household set-head/move/list.
#include "CliCommands.h"

#include "people/ClerkDate.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "people/ScreeningCoverage.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

namespace {

// A person named by the id `person add` printed, or by their ID number.
Person personNamed(Store &store, const QString &text)
{
    PersonRepository persons(store);
    const Person byId = persons.byId(text);
    return byId.id.isEmpty() ? persons.byIdNumber(text) : byId;
}

} // namespace

int CliCommands::person(Store &store, const QString &sub, const QStringList &words,
    const QMultiMap<QString, QString> &options)
{
    if (sub == "restore"_L1) {
        if (words.size() != 1)
            return fail(tr("person restore needs the id of the removed person."));
        if (auto r = PersonRepository(store).restore(words.first()); !r)
            return fail(r.error());
        m_out << tr("%1 is back in the register.").arg(words.first()) << Qt::endl;
        return 0;
    }
    if (words.size() != 1 || !options.contains(u"reason"_s))
        return fail(tr("person remove needs the person and --reason moved_out|died|duplicate."));
    const Person person = personNamed(store, words.first());
    if (person.id.isEmpty())
        return fail(tr("There is no person %1 in the register.").arg(words.first()));
    Removal removal;
    removal.reason = options.value(u"reason"_s);
    if (!Removal::reasons().contains(removal.reason))
        return fail(tr("--reason takes moved_out, died or duplicate."));
    removal.note = options.value(u"note"_s);
    if (options.contains(u"on"_s)) {
        auto on = ClerkDate::parse(options.value(u"on"_s));
        if (!on)
            return fail(on.error());
        removal.on = on.value();
    } else if (removal.reason == "died"_L1) {
        return fail(tr("person remove --reason died needs --on DATE."));
    }
    if (removal.reason == "duplicate"_L1) {
        const Person into = personNamed(store, options.value(u"into"_s));
        if (!options.contains(u"into"_s) || into.id.isEmpty())
            return fail(tr("person remove --reason duplicate needs --into, the person who stays."));
        removal.intoPersonId = into.id;
    }
    if (auto r = PersonRepository(store).remove(person.id, removal); !r)
        return fail(r.error());
    m_out << tr("%1 was removed from the register: %2.")
                 .arg(person.name, Removal::reasonLabel(removal.reason))
          << Qt::endl;
    return 0;
}

int CliCommands::household(Store &store, const QString &sub, const QStringList &words,
    const QMultiMap<QString, QString> &options)
{
    HouseholdRepository households(store);
    if (sub == "set-head"_L1) {
        if (words.size() != 2)
            return fail(tr("household set-head needs the household and the person."));
        const Person head = personNamed(store, words[1]);
        if (head.id.isEmpty())
            return fail(tr("There is no person %1 in the register.").arg(words[1]));
        if (auto r = households.setHead(words[0], head.id); !r)
            return fail(r.error());
        m_out << tr("%1 is the head of the household.").arg(head.name) << Qt::endl;
        return 0;
    }
    if (sub == "move"_L1) {
        if (words.size() != 1 || !options.contains(u"to"_s))
            return fail(tr("household move needs the person and --to HOUSEHOLD."));
        const Person person = personNamed(store, words[0]);
        if (person.id.isEmpty())
            return fail(tr("There is no person %1 in the register.").arg(words[0]));
        const QString relation = options.value(u"relation"_s);
        if (!relation.isEmpty() && !Person::relationsToHead().contains(relation))
            return fail(tr("--relation takes one of: %1.").arg(Person::relationsToHead().join(u", "_s)));
        if (auto r = households.movePerson(person.id, options.value(u"to"_s), relation); !r)
            return fail(r.error());
        const Household to = households.byId(options.value(u"to"_s));
        m_out << tr("%1 now lives at %2.").arg(person.name, to.address) << Qt::endl;
        return 0;
    }
    if (sub != "list"_L1)
        return fail(tr("Unknown household command: %1").arg(sub));
    RegionRepository regions(store);
    HouseholdRepository::Filter filter;
    if (options.contains(u"village"_s)) {
        const Region village = regions.byCode(options.value(u"village"_s));
        if (!village.isValid() || village.level < Region::Village)
            return fail(tr("There is no village with the code %1.").arg(options.value(u"village"_s)));
        filter.regionId = village.id;
    } else {
        filter.regionId = regions.township().id;
    }
    if (options.contains(u"unvisited"_s)) {
        filter.visits = HouseholdRepository::Filter::Visits::NotVisited;
        filter.visitedSince = ScreeningCoverage::currentSince();
    }
    constexpr int Page = 1000;
    for (qint64 offset = 0;; offset += Page) {
        auto page = households.page(filter, offset, Page);
        if (!page)
            return fail(page.error());
        for (const HouseholdRepository::Row &row : page.value()) {
            m_out << row.household.id << '\t' << row.villageName << '\t' << row.household.address
                  << '\t' << row.headName << '\t' << row.members << '\t'
                  << (row.lastVisit.isValid() ? row.lastVisit.toString(Qt::ISODate) : QString())
                  << Qt::endl;
        }
        if (page->size() < Page)
            return 0;
    }
}
