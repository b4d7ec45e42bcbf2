#include "CheckpointEntryRows.h"

#include "CellValues.h"

#include "../checkpoints/CheckpointLog.h"
#include "../checkpoints/CheckpointRepository.h"
#include "../health/Temperature.h"
#include "../people/TextNormalizer.h"
#include "../store/Store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// What makes two lines the same passage: the checkpoint, the minute, the direction, and who
// passed (the ID number, else the plate, else the name).
QString passageKey(const QString &checkpointId, const QDateTime &at, const QString &direction,
                   const QString &idNumber, const QString &plate, const QString &name)
{
    const QString who = !idNumber.isEmpty() ? idNumber
        : !plate.isEmpty()                  ? plate
                                            : TextNormalizer::compact(name);
    return checkpointId + u'|' + at.toString(u"yyyy-MM-ddTHH:mm"_s) + u'|' + direction + u'|'
        + who;
}

QString codeOf(const QString &text, const QList<std::pair<QStringList, QString>> &words,
               const QStringList &codes, const std::function<QString(const QString &)> &label)
{
    const QString t = TextNormalizer::compact(text).toLower();
    for (const auto &[list, code] : words) {
        if (list.contains(t))
            return code;
    }
    for (const QString &code : codes) {
        if (t == code || t == TextNormalizer::compact(label(code)).toLower())
            return code;
    }
    return {};
}

QString directionOf(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"进"_s, u"入"_s, u"进入"_s, u"入村"_s, u"进村"_s, u"进城"_s, u"入镇"_s, u"返回"_s,
            u"来"_s },
          u"in"_s },
        { { u"出"_s, u"离开"_s, u"外出"_s, u"出村"_s, u"出城"_s, u"出镇"_s, u"离"_s, u"去"_s },
          u"out"_s },
    };
    return codeOf(text, words, { u"in"_s, u"out"_s }, &CheckpointEntry::directionLabel);
}

QString healthCodeOf(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"绿码"_s, u"绿"_s, u"绿色"_s }, u"green"_s },
        { { u"黄码"_s, u"黄"_s, u"黄色"_s }, u"yellow"_s },
        { { u"红码"_s, u"红"_s, u"红色"_s }, u"red"_s },
    };
    return codeOf(text, words, CheckpointEntry::healthCodes(), &CheckpointEntry::healthCodeLabel);
}

QString outcomeOf(const QString &text)
{
    static const QList<std::pair<QStringList, QString>> words = {
        { { u"放行"_s, u"通行"_s, u"通过"_s, u"正常通行"_s, u"准予通行"_s, u"已放行"_s, u"是"_s,
            u"正常"_s },
          u"let_through"_s },
        { { u"劝返"_s, u"劝离"_s, u"已劝返"_s, u"不予通行"_s, u"禁止通行"_s, u"否"_s },
          u"turned_back"_s },
        { { u"转运"_s, u"送隔离"_s, u"集中隔离"_s, u"转隔离点"_s, u"送隔离点"_s, u"转运隔离"_s },
          u"sent_to_isolation"_s },
    };
    return codeOf(text, words, CheckpointEntry::outcomes(), &CheckpointEntry::outcomeLabel);
}

} // namespace

CheckpointEntryRows::CheckpointEntryRows(const Context &context)
    : m_store(context.store), m_options(context.options)
{
    m_year = LedgerYear(m_options.year, context.header.fileDate);
    m_recordedBy = tr("Imported ledger");
}

Result<void> CheckpointEntryRows::load(const Context &)
{
    m_checkpoints = CheckpointRepository(m_store).all();
    if (m_checkpoints.isEmpty())
        return Result<void>::failure(tr("The township has no checkpoint: set up its checkpoints "
                                        "before importing their entry logs."));
    return {};
}

const Checkpoint *CheckpointEntryRows::checkpointFor(const QString &name, QStringList &fixed,
                                                     QString &refused) const
{
    bool approximate = false;
    if (const Checkpoint *found = namedIn(m_checkpoints, name, approximate)) {
        if (approximate)
            fixed << tr("checkpoint %1 taken as %2").arg(name, found->name);
        return found;
    }
    refused = tr("%1 is not one of the township's checkpoints (%2): set it up first, or write "
                 "its name as it is set up.")
                  .arg(name, namesOf(m_checkpoints));
    return nullptr;
}

const QSet<QString> &CheckpointEntryRows::storedOn(QDate day)
{
    auto found = m_stored.find(day);
    if (found == m_stored.end()) {
        QSet<QString> keys;
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(u"SELECT checkpoint_id, entered_at, direction, id_number, plate, person_name "
                  "FROM checkpoint_entries WHERE entered_at >= ? AND entered_at < ? "
                  "AND deleted = 0"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(day.addDays(1).toString(Qt::ISODate));
        if (q.exec()) {
            while (q.next())
                keys.insert(passageKey(q.value(0).toString(),
                                       QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                                       q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5).toString()));
        }
        found = m_stored.insert(day, keys);
    }
    return *found;
}

ImportRowVerdict CheckpointEntryRows::take(const MappedRow &row)
{
    ImportRowVerdict verdict;
    QStringList fixed;
    auto refuse = [&verdict](const QString &why) {
        verdict.verdict = ImportVerdict::Refused;
        verdict.note = why;
        return verdict;
    };
    auto text = [&row](const QString &field) {
        return CellValues::text(row.cell(field)).value.value_or(QString());
    };

    CheckpointEntry e;
    const QString checkpointName = text(u"checkpoint"_s);
    if (checkpointName.isEmpty())
        return refuse(tr("The checkpoint is empty."));
    QString why;
    const Checkpoint *checkpoint = checkpointFor(checkpointName, fixed, why);
    if (!checkpoint)
        return refuse(why);
    e.checkpointId = checkpoint->id;

    // 出入时间 2022-03-05 08:05 in one cell, or 日期 and 时间 in two.
    const SheetCell atCell = row.cell(u"entered_at"_s);
    const SheetCell dayCell = row.cell(u"entered_on"_s);
    if (!dayCell.isBlank()) {
        const CellValue<QDate> day = CellValues::date(dayCell, m_year);
        if (!day.refused.isEmpty())
            return refuse(tr("Date: %1").arg(day.refused));
        const CellValue<QTime> time = CellValues::time(atCell);
        if (!time.refused.isEmpty())
            return refuse(tr("Time: %1").arg(time.refused));
        if (!time.value)
            return refuse(tr("The time of the passage is empty."));
        if (!day.fixed.isEmpty())
            fixed << tr("Date") + u"："_s + day.fixed;
        if (!time.fixed.isEmpty())
            fixed << tr("Time") + u"："_s + time.fixed;
        e.enteredAt = QDateTime(*day.value, *time.value);
    } else {
        const CellValue<QDateTime> at = CellValues::dateTime(atCell, m_year);
        if (!at.refused.isEmpty())
            return refuse(tr("Time: %1").arg(at.refused));
        if (!at.value)
            return refuse(tr("The time of the passage is empty."));
        if (!at.fixed.isEmpty())
            fixed << tr("Time") + u"："_s + at.fixed;
        e.enteredAt = *at.value;
    }
    if (e.enteredAt.date() > m_options.today)
        return refuse(tr("The passage on %1 is after today.")
                          .arg(e.enteredAt.date().toString(Qt::ISODate)));

    const QString direction = text(u"direction"_s);
    if (direction.isEmpty()) {
        e.direction = u"in"_s;
        fixed << tr("no direction given: taken as in");
    } else {
        e.direction = directionOf(direction);
        if (e.direction.isEmpty())
            return refuse(tr("%1 is not a direction: 进 or 出.").arg(direction));
    }
    e.personName = text(u"name"_s);
    const CellValue<QString> idNumber = CellValues::idNumber(row.cell(u"id_number"_s),
                                                             m_options.today);
    if (!idNumber.refused.isEmpty())
        return refuse(idNumber.refused);
    if (!idNumber.fixed.isEmpty())
        fixed << tr("ID number") + u"："_s + idNumber.fixed;
    e.idNumber = idNumber.value.value_or(QString());
    const CellValue<QString> phone = CellValues::phone(row.cell(u"phone"_s));
    if (!phone.refused.isEmpty())
        return refuse(phone.refused);
    if (!phone.fixed.isEmpty())
        fixed << tr("Phone") + u"："_s + phone.fixed;
    e.phone = phone.value.value_or(QString());
    e.plate = text(u"plate"_s);
    const SheetCell temperature = row.cell(u"temperature"_s);
    if (!temperature.isBlank()) {
        const CellValue<double> t = CellValues::temperature(temperature);
        if (!t.refused.isEmpty())
            return refuse(tr("Temperature: %1").arg(t.refused));
        if (!t.fixed.isEmpty())
            fixed << tr("Temperature") + u"："_s + t.fixed;
        if (t.value)
            e.temperatureTenths = Temperature::fromCelsius(*t.value).tenths();
    }
    if (const QString code = text(u"health_code"_s); !code.isEmpty()) {
        e.healthCode = healthCodeOf(code);
        if (e.healthCode.isEmpty())
            return refuse(tr("%1 is not a health code colour: 绿码, 黄码 or 红码.").arg(code));
    }
    e.cameFrom = text(u"came_from"_s);
    e.reason = text(u"reason"_s);
    const CellValue<bool> disinfected = CellValues::yesNo(row.cell(u"disinfected"_s));
    if (!disinfected.refused.isEmpty())
        return refuse(tr("Disinfected: %1").arg(disinfected.refused));
    e.disinfected = disinfected.value.value_or(false);
    e.permitNumber = text(u"permit_number"_s);
    if (const QString outcome = text(u"outcome"_s); !outcome.isEmpty()) {
        e.outcome = outcomeOf(outcome);
        if (e.outcome.isEmpty())
            return refuse(tr("%1 is not an outcome: 放行, 劝返 or 转运隔离.").arg(outcome));
    }
    e.recordedBy = text(u"recorded_by"_s);
    if (e.recordedBy.isEmpty())
        e.recordedBy = m_recordedBy;

    auto checked = CheckpointLog(m_store).check(e);
    if (!checked)
        return refuse(checked.error());
    e = std::move(checked).value();
    if (e.plate != text(u"plate"_s) && !e.plate.isEmpty())
        fixed << tr("plate %1 written as %2").arg(text(u"plate"_s), e.plate);

    const QString key = passageKey(e.checkpointId, e.enteredAt, e.direction, e.idNumber, e.plate,
                                   e.personName);
    if (const auto earlier = m_given.constFind(key); earlier != m_given.cend()) {
        verdict.verdict = ImportVerdict::Duplicate;
        verdict.note = tr("The same passage as row %1.").arg(*earlier);
        return verdict;
    }
    if (storedOn(e.enteredAt.date()).contains(key)) {
        verdict.verdict = ImportVerdict::Duplicate;
        verdict.note = tr("Already logged: %1 at %2.")
                           .arg(checkpoint->name, e.enteredAt.toString(u"yyyy-MM-dd HH:mm"_s));
        return verdict;
    }
    m_given.insert(key, row.row.number);
    m_entries.append(e);
    if (!fixed.isEmpty()) {
        verdict.verdict = ImportVerdict::Fixed;
        verdict.note = fixed.join(u"；"_s);
    }
    return verdict;
}

Result<qint64> CheckpointEntryRows::write(const LedgerImport::Progress &progress)
{
    if (progress && !progress(0.0))
        return Result<qint64>::failure(LedgerImport::tr("Cancelled: the store is unchanged."));
    return CheckpointLog(m_store).recordAll(m_entries);
}
