// import: an office's own ledger (xlsx, CSV) into the store.
#include "CliCommands.h"

#include "import/LedgerImport.h"
#include "people/IdNumber.h"
#include "people/PhoneNumber.h"
#include "store/InstanceSettings.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString verdictLabel(ImportVerdict verdict)
{
    switch (verdict) {
    case ImportVerdict::Ok: return CliCommands::tr("ok");
    case ImportVerdict::Fixed: return CliCommands::tr("fixed");
    case ImportVerdict::Refused: return CliCommands::tr("refused");
    case ImportVerdict::Skipped: return CliCommands::tr("skipped");
    case ImportVerdict::Duplicate: return CliCommands::tr("duplicate");
    }
    return {};
}

// A verdict's note with the ID numbers and phones it quotes masked: what the tool prints may
// end up in a script's log.
QString masked(QString note)
{
    static const QRegularExpression numbers(u"(?<![0-9])([0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])"_s);
    for (auto m = numbers.match(note); m.hasMatch(); m = numbers.match(note, m.capturedStart())) {
        const QString number = m.captured(1);
        note.replace(m.capturedStart(), number.size(),
                     number.size() == 18 ? IdNumber::masked(number) : PhoneNumber::masked(number));
    }
    return note;
}

} // namespace

int CliCommands::importLedger(Store &store, const QStringList &words,
                              const QMultiMap<QString, QString> &options)
{
    if (words.size() != 1 || !options.contains(u"as"_s))
        return fail(tr("import needs the file and --as %1.").arg(ImportTarget::keys().join(u'|')));
    if (!InstanceSettings::load(store).isSetUp())
        return fail(tr("The store has no unit yet: run init first."));

    LedgerImport::Options o;
    o.target = options.value(u"as"_s);
    o.villageCode = options.value(u"village"_s);
    if (options.contains(u"sheet"_s)) {
        bool ok = false;
        o.sheet = options.value(u"sheet"_s).toInt(&ok) - 1;
        if (!ok || o.sheet < 0)
            return fail(tr("--sheet takes the number of the sheet, from 1."));
    }
    if (options.contains(u"year"_s)) {
        o.year = options.value(u"year"_s).toInt();
        if (o.year < 1900 || o.year > 2100)
            return fail(tr("--year takes a year such as 2022."));
    }
    if (options.contains(u"header"_s)) {
        // 3 or 3-4: the heading rows as the spreadsheet numbers them.
        const QString rows = options.value(u"header"_s);
        o.headerFirst = rows.section(u'-', 0, 0).toLongLong();
        o.headerLast = rows.contains(u'-') ? rows.section(u'-', 1).toLongLong() : o.headerFirst;
        if (o.headerFirst <= 0 || o.headerLast < o.headerFirst || o.headerLast - o.headerFirst > 1)
            return fail(tr("--header takes one row or two, such as 3 or 3-4."));
    }
    const QString duplicates = options.value(u"duplicates"_s, u"skip"_s);
    static const QStringList policies = { u"skip"_s, u"update"_s, u"review"_s };
    if (!policies.contains(duplicates))
        return fail(tr("--duplicates takes skip, update or review."));
    o.duplicates = DuplicatePolicy(policies.indexOf(duplicates));

    LedgerImport import(store);
    if (auto r = import.open(words.first()); !r)
        return fail(r.error());
    auto counts = import.dryRun(o);
    if (!counts)
        return fail(counts.error());
    if (options.contains(u"report"_s)) {
        if (auto r = import.writeReport(options.value(u"report"_s)); !r)
            return fail(r.error());
    }
    const bool json = options.contains(u"json"_s);
    if (!json) {
        for (const ImportRowVerdict &v : import.verdicts()) {
            if (v.verdict != ImportVerdict::Ok && v.verdict != ImportVerdict::Skipped)
                m_out << tr("Row %1: %2: %3").arg(v.row).arg(verdictLabel(v.verdict), masked(v.note))
                      << Qt::endl;
        }
    }
    if (!options.contains(u"dry-run"_s) && (counts->taken() > 0 || counts->duplicates > 0)) {
        auto written = import.commit();
        if (!written && (counts->taken() > 0 || o.duplicates == DuplicatePolicy::Update))
            return fail(written.error());
    }
    if (json) {
        const QJsonObject object { { u"ok"_s, counts->ok }, { u"fixed"_s, counts->fixed },
                                   { u"refused"_s, counts->refused }, { u"skipped"_s, counts->skipped },
                                   { u"duplicates"_s, counts->duplicates },
                                   { u"households"_s, counts->households } };
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    m_out << tr("%1: %2 ok, %3 fixed, %4 refused, %5 skipped, %6 duplicates, %7 households%8.")
                 .arg(import.fileName())
                 .arg(counts->ok)
                 .arg(counts->fixed)
                 .arg(counts->refused)
                 .arg(counts->skipped)
                 .arg(counts->duplicates)
                 .arg(counts->households)
                 .arg(options.contains(u"dry-run"_s) ? tr(" (dry run: nothing written)") : QString())
          << Qt::endl;
    return 0;
}
