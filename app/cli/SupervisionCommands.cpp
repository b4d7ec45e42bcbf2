// The supervision commands of the command-line tool.
#include "CliCommands.h"

#include "store/Store.h"
#include "supervision/OdtDocument.h"
#include "supervision/ReportPdf.h"
#include "supervision/SupervisionReport.h"
#include "supervision/SupervisionRepository.h"

using namespace Qt::StringLiterals;

int CliCommands::supervision(
    Store &store, const QString &sub, const QMultiMap<QString, QString> &options)
{
    SupervisionRepository repository(store);
    if (sub == "rounds"_L1) {
        QHash<QString, QString> teams;
        for (const SupervisionTeam &t : repository.teams())
            teams.insert(t.id, t.name);
        for (const SupervisionRound &r : repository.rounds()) {
            m_out << r.id << '\t' << r.startsOn.toString(Qt::ISODate) << '\t'
                  << r.endsOn.toString(Qt::ISODate) << '\t' << teams.value(r.teamId) << '\t'
                  << r.purpose << Qt::endl;
        }
        return 0;
    }
    if (sub == "findings"_L1) {
        FindingFilter filter;
        filter.overdueOnly = options.contains(u"overdue"_s);
        for (const FindingRow &row : repository.findings(filter, QDate::currentDate(), 0, 100000)) {
            const Finding &f = row.finding;
            m_out << f.deadline.toString(Qt::ISODate) << '\t' << Finding::statusLabel(f.status)
                  << '\t' << row.target << '\t' << f.category << '\t' << f.description << '\t'
                  << (f.responsibleUnit.isEmpty() ? f.responsiblePerson : f.responsibleUnit)
                  << Qt::endl;
        }
        return 0;
    }
    if (sub == "report"_L1) {
        const QString format = options.value(u"format"_s);
        const QString out = options.value(u"out"_s);
        if (!options.contains(u"round"_s) || (format != "odt"_L1 && format != "pdf"_L1)
            || out.isEmpty())
            return usage(
                tr("supervision report needs --round ID, --format odt or pdf, and --out FILE."));
        const QString text = SupervisionReport::draft(store, options.value(u"round"_s));
        if (text.isEmpty())
            return fail(tr("There is no supervision round %1; supervision rounds lists them.")
                            .arg(options.value(u"round"_s)));
        const Result<void> written
            = format == "odt"_L1 ? OdtDocument::write(text, out) : ReportPdf::write(text, out);
        if (!written)
            return fail(written.error());
        m_out << tr("Wrote the report to %1.").arg(out) << Qt::endl;
        return 0;
    }
    return usage(tr("supervision takes rounds or report."));
}
