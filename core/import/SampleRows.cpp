#include "SampleRows.h"

#include "CellValues.h"

#include "../people/TextNormalizer.h"
#include "../store/Store.h"
#include "../testing/TestingRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// 阴性, 阳性, 待出: the store's result code, or empty when the text is none of them.
QString resultOf(const QString &text)
{
    const QString t = TextNormalizer::compact(text).toLower();
    if (t.isEmpty())
        return u"pending"_s;
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"阴性"_s, u"阴"_s, u"-"_s, u"（-）"_s, u"(-)"_s, u"negative"_s, u"neg"_s },
          u"negative"_s },
        { { u"阳性"_s, u"阳"_s, u"+"_s, u"（+）"_s, u"(+)"_s, u"positive"_s, u"pos"_s },
          u"positive"_s },
        { { u"待出"_s, u"待检"_s, u"待检测"_s, u"检测中"_s, u"未出"_s, u"待复核"_s, u"待定"_s,
            u"pending"_s },
          u"pending"_s },
    };
    for (const auto &[list, code] : words) {
        if (list.contains(t))
            return code;
    }
    for (const QString &code : Sample::results()) {
        if (t == TextNormalizer::compact(Sample::resultLabel(code)).toLower())
            return code;
    }
    return {};
}

} // namespace

SampleRows::SampleRows(const Context &context)
    : m_store(context.store),
      m_options(context.options),
      m_persons(context, PersonRows::Mode::Listed)
{
    m_year = LedgerYear(m_options.year, context.header.fileDate);
}

Result<void> SampleRows::load(const Context &context)
{
    using R = Result<void>;
    if (auto r = m_persons.load(context); !r)
        return r;
    TestingRepository testing(m_store);
    const QList<TestRound> rounds = testing.rounds();
    for (const TestRound &r : rounds)
        m_rounds.append({ r, testing.sites(r.id) });
    if (m_rounds.isEmpty())
        return R::failure(tr("The township has no testing round: set up the round, with its "
                             "villages and test sites, before importing its samples."));
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id_number, p.id, coalesce(v.id, '') FROM persons p "
                "JOIN regions r ON r.id = p.region_id "
                "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) "
                "WHERE p.deleted = 0 AND p.id_number <> ''"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next())
        m_stored.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() });
    if (!q.exec(u"SELECT id, name FROM regions WHERE deleted = 0 AND length(code) = 12"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next())
        m_villageNames.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT s.round_id, p.id_number FROM samples s JOIN persons p ON p.id = s.person_id "
                "WHERE s.deleted = 0 AND p.id_number <> ''"_s))
        return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    while (q.next())
        m_sampled.insert(q.value(0).toString() + u'|' + q.value(1).toString(), 0);
    return {};
}

QString SampleRows::roundsListed() const
{
    QStringList names;
    for (const Round &r : m_rounds)
        names << tr("%1 (%2)").arg(r.round.name, iso(r.round.roundOn));
    return names.join(u"、"_s);
}

const SampleRows::Round *SampleRows::roundFor(const QString &name, QDate roundOn, QDate sampledOn,
                                              QStringList &fixed, QString &refused) const
{
    QList<const Round *> found;
    if (!name.isEmpty()) {
        const QString key = TextNormalizer::compact(name);
        for (const Round &r : m_rounds) {
            if (TextNormalizer::compact(r.round.name) == key)
                found.append(&r);
        }
        if (found.isEmpty()) {
            // 第3轮 for 3月5日第3轮全员核酸检测: the rounds whose name holds the ledger's.
            for (const Round &r : m_rounds) {
                const QString round = TextNormalizer::compact(r.round.name);
                if (key.size() >= 2 && (round.contains(key) || key.contains(round)))
                    found.append(&r);
            }
            if (found.size() == 1)
                fixed << tr("round %1 taken as %2").arg(name, found.constFirst()->round.name);
        }
        // Two rounds of the same name (第1轮 in March and in April): the one of the day.
        if (found.size() > 1) {
            const QDate day = roundOn.isValid() ? roundOn : sampledOn;
            QList<const Round *> ofDay;
            for (const Round *r : std::as_const(found)) {
                if (r->round.roundOn == day)
                    ofDay.append(r);
            }
            found = ofDay;
        }
        if (found.size() == 1)
            return found.constFirst();
        refused = tr("%1 is not one of the township's testing rounds (%2): set the round up "
                     "first, or write its name as it is set up.")
                      .arg(name, roundsListed());
        return nullptr;
    }
    const QDate day = roundOn.isValid() ? roundOn : sampledOn;
    for (const Round &r : m_rounds) {
        if (r.round.roundOn == day)
            found.append(&r);
    }
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        refused = tr("No testing round was held on %1 (the rounds: %2): set the round up first, "
                     "or give the round in a 轮次 column.")
                      .arg(iso(day), roundsListed());
    else
        refused = tr("%1 testing rounds were held on %2: give the round in a 轮次 column.")
                      .arg(found.size())
                      .arg(iso(day));
    return nullptr;
}

const TestSite *SampleRows::siteFor(const Round &round, const QString &name, QStringList &fixed,
                                    QString &refused) const
{
    if (name.isEmpty()) {
        if (round.sites.size() == 1)
            return &round.sites.constFirst();
        refused = tr("The test site is empty, and round %1 has %2 sites (%3).")
                      .arg(round.round.name)
                      .arg(round.sites.size())
                      .arg(namesOf(round.sites));
        return nullptr;
    }
    bool approximate = false;
    if (const TestSite *found = namedIn(round.sites, name, approximate)) {
        if (approximate)
            fixed << tr("test site %1 taken as %2").arg(name, found->name);
        return found;
    }
    refused = tr("%1 is not a test site of round %2 (%3).")
                  .arg(name, round.round.name, namesOf(round.sites));
    return nullptr;
}

ImportRowVerdict SampleRows::take(const MappedRow &row)
{
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };

    // 采样时间 2022-03-05 09:30 in one cell, or 采样日期 and 时间 in two.
    QDateTime sampledAt;
    const SheetCell atCell = row.cell(u"sampled_at"_s);
    const SheetCell timeCell = row.cell(u"sampled_time"_s);
    if (!timeCell.isBlank()) {
        const CellValue<QDate> day = CellValues::date(atCell, m_year);
        if (!day.refused.isEmpty())
            return refuse(tr("Sampled on: %1").arg(day.refused));
        const CellValue<QTime> time = CellValues::time(timeCell);
        if (!time.refused.isEmpty())
            return refuse(tr("Time of sampling: %1").arg(time.refused));
        if (!day.fixed.isEmpty())
            fixed << tr("Sampled on") + u"："_s + day.fixed;
        if (!time.fixed.isEmpty())
            fixed << tr("Time of sampling") + u"："_s + time.fixed;
        if (day.value)
            sampledAt = QDateTime(*day.value, time.value.value_or(QTime(0, 0)));
    } else {
        SheetCell cell = atCell;
        // Our own registry writes 2022-03-05T09:30:00.
        if (cell.kind == SheetCell::Kind::Text)
            cell.text.replace(u'T', u' ');
        const CellValue<QDateTime> at = CellValues::dateTime(cell, m_year);
        if (!at.refused.isEmpty())
            return refuse(tr("Sampled at: %1").arg(at.refused));
        if (!at.fixed.isEmpty())
            fixed << tr("Sampled at") + u"："_s + at.fixed;
        sampledAt = at.value.value_or(QDateTime());
    }
    if (!sampledAt.isValid())
        return refuse(tr("The day of sampling is empty."));
    if (sampledAt.date() > m_options.today)
        return refuse(tr("The day of sampling %1 is after today.").arg(iso(sampledAt.date())));

    const CellValue<QDate> roundOn = CellValues::date(row.cell(u"round_on"_s), m_year);
    if (!roundOn.refused.isEmpty())
        return refuse(tr("Round date: %1").arg(roundOn.refused));
    const QString roundName = CellValues::text(row.cell(u"round"_s)).value.value_or(QString());
    QString why;
    const Round *round = roundFor(roundName, roundOn.value.value_or(QDate()), sampledAt.date(),
                                  fixed, why);
    if (!round)
        return refuse(why);
    const QString siteName = CellValues::text(row.cell(u"site"_s)).value.value_or(QString());
    const TestSite *site = siteFor(*round, siteName, fixed, why);
    if (!site)
        return refuse(why);
    const QString resultText = CellValues::text(row.cell(u"result"_s)).value.value_or(QString());
    const QString result = resultOf(resultText);
    if (result.isEmpty())
        return refuse(tr("%1 is not a test result: 阴性, 阳性 or 待出.").arg(resultText));

    // The person's village and other samples, before the person is taken: a refused row
    // registers nobody.
    const CellValue<QString> id = CellValues::idNumber(row.cell(u"id_number"_s), m_options.today);
    if (id.value && !id.value->isEmpty()) {
        const QString key = round->round.id + u'|' + *id.value;
        if (const auto earlier = m_sampled.constFind(key); earlier != m_sampled.cend()) {
            verdict.verdict = ImportVerdict::Duplicate;
            verdict.note = *earlier > 0
                ? tr("The same sample as row %1.").arg(*earlier)
                : tr("Already sampled in round %1.").arg(round->round.name);
            return verdict;
        }
        const auto stored = m_stored.constFind(*id.value);
        const QString villageId = stored != m_stored.cend() ? stored->villageId
                                                            : m_persons.villageIdOf(row);
        if (!villageId.isEmpty() && !round->round.villageIds.contains(villageId))
            return refuse(tr("The person lives in %1, which round %2 does not cover.")
                              .arg(m_villageNames.value(villageId), round->round.name));
    }

    const ImportRowVerdict person = m_persons.take(row);
    if (person.verdict == ImportVerdict::Refused || person.verdict == ImportVerdict::Duplicate)
        return person;
    if (!person.note.isEmpty())
        fixed.prepend(person.note);
    Sample s;
    s.roundId = round->round.id;
    s.personId = m_persons.lastPersonId();
    s.siteId = site->id;
    s.sampledAt = sampledAt;
    s.result = result;
    s.takenBy = CellValues::text(row.cell(u"taken_by"_s)).value.value_or(QString());
    m_samples.append(s);
    m_sampled.insert(round->round.id + u'|' + id.value.value_or(QString()), row.row.number);
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<qint64> SampleRows::write(const LedgerImport::Progress &progress)
{
    using R = Result<qint64>;
    auto persons = m_persons.write(progress);
    if (!persons)
        return persons;
    if (progress && !progress(0.5))
        return R::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    auto samples = TestingRepository(m_store).recordAll(m_samples);
    if (!samples)
        return samples;
    return persons.value() + samples.value();
}
