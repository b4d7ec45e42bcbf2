#include "CliCommands.h"

#include "checkpoints/CheckpointRepository.h"
#include "demo/DemoTownship.h"
#include "exchange/InstanceKeys.h"
#include "measures/IsolationSiteRepository.h"
#include "measures/MeasureRepository.h"
#include "people/ClerkDate.h"
#include "people/IdNumber.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "people/PhoneNumber.h"
#include "regions/RegionCode.h"
#include "regions/RegionRepository.h"
#include "regions/UnitSetup.h"
#include "registries/CsvExport.h"
#include "registries/RegistryCatalog.h"
#include "registries/XlsxExport.h"
#include "registries/RegistryPrinter.h"
#include "store/InstanceSettings.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"
#include "store/StoreBackup.h"
#include "users/UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMultiMap>

using namespace Qt::StringLiterals;

namespace {

// --name value pairs and bare words, in order; "--flag" with no value maps to "".
struct Arguments
{
    QMultiMap<QString, QString> options;
    QStringList words;
    QString problem;

    QString value(const QString &key) const { return options.value(key); }
    bool has(const QString &key) const { return options.contains(key); }
};

Arguments parse(const QStringList &args, const QSet<QString> &flags)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg.startsWith(u"--"_s)) {
            const QString key = arg.mid(2);
            if (flags.contains(key)) {
                a.options.insert(key, QString());
            } else if (i + 1 < args.size()) {
                a.options.insert(key, args[++i]);
            } else {
                a.problem = CliCommands::tr("The option %1 needs a value.").arg(arg);
                return a;
            }
        } else {
            a.words << arg;
        }
    }
    return a;
}

// The options each command takes besides the global ones (--db, --user, --help), by the
// command and, for those that have them, its subcommand.
const QHash<QString, QStringList> &commandOptions()
{
    static const QHash<QString, QStringList> options = {
        { u"init"_s, { u"unit"_s, u"name"_s, u"village"_s, u"join"_s, u"admin"_s } },
        { u"demo"_s, { u"persons"_s, u"seed"_s, u"force"_s } },
        { u"person add"_s, { u"name"_s, u"id-number"_s, u"village"_s, u"phone"_s, u"household"_s } },
        { u"person find"_s, {} },
        { u"person remove"_s, { u"reason"_s, u"into"_s, u"note"_s, u"on"_s } },
        { u"person restore"_s, {} },
        { u"household set-head"_s, {} },
        { u"household move"_s, { u"to"_s, u"relation"_s } },
        { u"household list"_s, { u"village"_s, u"unvisited"_s } },
        { u"import"_s, { u"as"_s, u"sheet"_s, u"village"_s, u"header"_s, u"year"_s, u"duplicates"_s,
                         u"dry-run"_s, u"report"_s, u"json"_s } },
        { u"check"_s, {} },
        { u"backup"_s, {} },
        { u"restore"_s, {} },
        { u"measure add"_s, { u"id-number"_s, u"kind"_s, u"start"_s, u"site"_s, u"cadre"_s } },
        { u"registries"_s, {} },
        { u"export-registry"_s, { u"format"_s, u"out"_s, u"village"_s, u"from"_s, u"to"_s,
                                  u"category"_s, u"checkpoint"_s, u"encoding"_s, u"full-data"_s,
                                  u"reason"_s } },
        { u"keys show"_s, {} },
        { u"keys export"_s, { u"out"_s } },
        { u"keys trust"_s, {} },
        { u"keys list"_s, {} },
        { u"bundle export"_s, { u"to"_s, u"out"_s, u"full"_s } },
        { u"bundle import"_s, { u"accept-gap"_s, u"trust"_s } },
        { u"checkpoint add"_s, { u"name"_s, u"kind"_s, u"village"_s } },
        { u"checkpoint log"_s, { u"checkpoint"_s, u"direction"_s, u"id-number"_s, u"name"_s,
                                 u"phone"_s, u"plate"_s, u"temperature"_s, u"health-code"_s,
                                 u"from"_s, u"reason"_s, u"permit"_s, u"outcome"_s, u"by"_s } },
        { u"checkpoint stats"_s, { u"date"_s } },
        { u"supervision rounds"_s, {} },
        { u"supervision report"_s, { u"round"_s, u"format"_s, u"out"_s } },
        { u"findings"_s, { u"overdue"_s } },
        { u"known-to-several"_s, { u"full-data"_s, u"send-tasks"_s, u"due"_s } },
        { u"user add"_s, { u"role"_s } },
        { u"user list"_s, {} },
        { u"user unlock"_s, {} },
        { u"audit"_s, { u"by"_s, u"table"_s, u"record"_s, u"from"_s, u"to"_s, u"out"_s } },
    };
    return options;
}

// Commands that only read, and so need nobody logged in: a store with users then shows them
// as a viewer sees it, ID numbers and phones masked.
bool onlyReads(const QString &key, const QMultiMap<QString, QString> &options)
{
    static const QStringList reading = { u"person find"_s, u"household list"_s, u"check"_s,
                                         u"registries"_s, u"keys show"_s, u"keys list"_s,
                                         u"checkpoint stats"_s, u"supervision rounds"_s,
                                         u"supervision report"_s, u"findings"_s, u"user list"_s,
                                         u"backup"_s };
    if (reading.contains(key))
        return true;
    if (key == "import"_L1)
        return options.contains(u"dry-run"_s);
    if (key == "export-registry"_L1 || key == "known-to-several"_L1)
        return !options.contains(u"full-data"_s) && !options.contains(u"send-tasks"_s);
    return false;
}

} // namespace

QString CliCommands::usageText() const
{
    return tr("Usage: township-ledger-cli [--db PATH] [--user NAME] COMMAND\n"
                "Commands:\n"
                "  init --unit CODE --name NAME [--village CODE:NAME]... [--admin NAME] | [--join]\n"
                "  demo --persons N [--seed S] [--force]\n"
                "  person add --name NAME --id-number ID --village CODE [--phone P] [--household ID]\n"
                "  person find TEXT\n"
                "  person remove PERSON --reason moved_out|died|duplicate [--into PERSON]\n"
                "                [--note TEXT] [--on DATE]   (PERSON: its id or ID number)\n"
                "  person restore PERSON_ID\n"
                "  household set-head HOUSEHOLD PERSON | household move PERSON --to HOUSEHOLD\n"
                "                [--relation R] | household list [--village CODE] [--unvisited]\n"
                "  import FILE --as residents|returnees|home_isolation|central_isolation|health_checks|\n"
                "                   samples|checkpoint_entries|findings\n"
                "         [--sheet N] [--village CODE] [--header ROWS]\n"
                "         [--year YYYY] [--duplicates skip|update|review] [--dry-run]\n"
                "         [--report OUT.xlsx] [--json]\n"
                "  check\n"
                "  backup\n"
                "  restore FILE   (FILE: a copy in backups/ made by this installation)\n"
                "  measure add --id-number ID --kind home_isolation|central_isolation|home_monitoring\n"
                "              --start DATE [--site NAME] [--cadre NAME:ROLE:PHONE]...\n"
                "  registries\n"
                "  export-registry NAME --format xlsx|csv|pdf --out FILE [--village CODE]\n"
                "                  [--from DATE] [--to DATE] [--category C] [--checkpoint NAME]\n"
                "                  [--encoding utf-8|gb18030] [--full-data --reason TEXT]\n"
                "  keys show | keys export --out FILE | keys trust FILE | keys list\n"
                "  bundle export --to KEYFILE --out FILE|FOLDER [--full]\n"
                "  bundle import FILE [--accept-gap] [--trust FINGERPRINT]\n"
                "  checkpoint add --name NAME --kind road_exit|village_gate|compound_gate --village CODE\n"
                "  checkpoint log --checkpoint NAME --direction in|out [--id-number ID] [--name N]\n"
                "                 [--phone P] [--plate P] [--temperature T] [--health-code green|yellow|red]\n"
                "                 [--from PLACE] [--reason R] [--permit NO] [--outcome let_through|turned_back|\n"
                "                 sent_to_isolation] [--by NAME]\n"
                "  checkpoint stats [--date DATE]\n"
                "  supervision rounds | supervision report --round ID --format odt|pdf --out FILE\n"
                "  findings [--overdue]\n"
                "  known-to-several [--full-data] | known-to-several --send-tasks [--due DATE]\n"
                "  user add NAME --role administrator|clerk|checkpoint_operator|supervisor|viewer\n"
                "  user list | user unlock NAME\n"
                "  audit [--by NAME] [--table TABLE] [--record ID] [--from DATE] [--to DATE]\n"
                "        [--out FILE.xlsx]\n"
                "  help [COMMAND]\n"
                "Anything that changes the store, or exports full ID numbers and phones, is done as\n"
                "a user once the installation has users: --user NAME, with the password typed at the\n"
                "prompt or given in TL_PASSWORD (a new user's in TL_NEW_PASSWORD).");
}

int CliCommands::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << usageText() << Qt::endl;
    return 2;
}

int CliCommands::help(const QString &command)
{
    const QStringList lines = usageText().split(u'\n');
    if (command.isEmpty()) {
        m_out << lines.join(u'\n') << Qt::endl;
        return 0;
    }
    // The lines of that command, with the lines that carry them on.
    QStringList shown;
    bool inCommand = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s))
            inCommand = line.section(u' ', 2, 2) == command;
        else if (!line.startsWith(u"   "_s))
            inCommand = false;
        if (inCommand)
            shown << line;
    }
    if (shown.isEmpty())
        return usage(tr("Unknown command: %1").arg(command));
    m_out << lines.first() << Qt::endl << shown.join(u'\n') << Qt::endl;
    return 0;
}

int CliCommands::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

int CliCommands::demo(std::unique_ptr<Store> &store, const QMultiMap<QString, QString> &options)
{
    DemoTownship::Options demo;
    bool ok = true;
    demo.persons
        = options.contains(u"persons"_s) ? options.value(u"persons"_s).toLongLong(&ok) : 5000;
    if (!ok || demo.persons < 1)
        return usage(tr("--persons takes a positive whole number."));
    if (options.contains(u"seed"_s))
        demo.seed = options.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed takes a whole number."));

    switch (DemoTownship::mayFill(*store)) {
    case DemoTownship::Fill::Allowed:
        break;
    case DemoTownship::Fill::Refused:
        return fail(tr("This store was set up for %1, not made as a demo: demo data never goes "
                       "into it. Give a new store with --db.")
                        .arg(InstanceSettings::load(*store).unitName));
    case DemoTownship::Fill::ReplaceOnly: {
        if (!options.contains(u"force"_s))
            return fail(tr("This store already holds a demo township: give --force to replace it "
                           "with a new one."));
        const QString path = store->path();
        const User user = store->user();
        store.reset();
        if (auto r = DemoTownship::discard(path); !r)
            return fail(r.error());
        auto reopened = Store::open(path);
        if (!reopened)
            return fail(reopened.error());
        store = std::move(reopened).value();
        store->setUser(user);
        break;
    }
    }

    QElapsedTimer timer;
    timer.start();
    auto summary = DemoTownship::generate(*store, demo);
    if (!summary)
        return fail(summary.error());
    m_out << tr("Demo township: %1 villages, %2 households, %3 persons, %4 screening visits "
                "in %5 s.")
                     .arg(summary->villages)
                     .arg(summary->households)
                     .arg(summary->persons)
                     .arg(summary->visits)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    const DemoControlWork::Summary &work = summary->controlWork;
    m_out << tr("Control work: %1 measures, %2 health checks, %3 samples, %4 needs.")
                     .arg(work.measures)
                     .arg(work.healthChecks)
                     .arg(work.samples)
                     .arg(work.needs)
          << Qt::endl;
    m_out << tr("Supervision: %1 visits with %2 findings.")
                     .arg(summary->supervision.visits)
                     .arg(summary->supervision.findings)
          << Qt::endl;
    m_out << tr("Checkpoints: %1, with %2 duty shifts and %3 entries.")
                     .arg(summary->checkpoints.checkpoints)
                     .arg(summary->checkpoints.shifts)
                     .arg(summary->checkpoints.entries)
          << Qt::endl;
    return 0;
}

int CliCommands::run(const QStringList &arguments)
{
    const Arguments args = parse(arguments, { u"help"_s, u"version"_s, u"full-data"_s, u"full"_s,
                                              u"accept-gap"_s, u"join"_s, u"overdue"_s,
                                              u"send-tasks"_s, u"unvisited"_s, u"force"_s,
                                              u"dry-run"_s, u"json"_s });
    if (!args.problem.isEmpty())
        return usage(args.problem);
    if (args.has(u"version"_s)) {
        m_out << "township-ledger-cli " TL_VERSION << Qt::endl;
        return 0;
    }
    const QString command = args.words.value(0);
    const QString sub = args.words.value(1);
    if (command == "help"_L1)
        return help(sub);
    if (args.has(u"help"_s))
        return help(command);
    if (args.words.isEmpty())
        return usage({});

    const QHash<QString, QStringList> &known = commandOptions();
    const bool hasSubcommands = !known.contains(command);
    const QString key = hasSubcommands ? command + u' ' + sub : command;
    if (!known.contains(key)) {
        const bool isCommand = std::any_of(known.keyBegin(), known.keyEnd(), [&](const QString &k) {
            return k.section(u' ', 0, 0) == command;
        });
        return usage(isCommand ? tr("Unknown command: %1 %2").arg(command, sub)
                               : tr("Unknown command: %1").arg(command));
    }
    for (auto it = args.options.keyBegin(); it != args.options.keyEnd(); ++it) {
        static const QStringList global = { u"db"_s, u"user"_s };
        if (!global.contains(*it) && !known.value(key).contains(*it)) {
            // One line, as every refusal: the usage of the command is a help away.
            m_err << tr("%1 takes no option --%2 (township-ledger-cli help %3 lists its options).")
                         .arg(key, *it, command)
                  << Qt::endl;
            return 2;
        }
    }

    // The list needs no store, so it never creates one.
    if (command == "registries"_L1) {
        for (const RegistryDefinition &d : RegistryCatalog::all())
            m_out << d.name << '\t' << d.title << Qt::endl;
        return 0;
    }

    const QString path = args.has(u"db"_s) ? args.value(u"db"_s) : Store::defaultPath();
    auto opened = Store::open(path);
    if (!opened)
        return fail(opened.error());
    Store &store = *opened.value();
    // Once the installation has users, whoever changes it logs in.
    if (args.has(u"user"_s)) {
        if (const int refused = logIn(store, args.value(u"user"_s)))
            return refused;
    } else if (!onlyReads(key, args.options) && UserRepository(store).hasUsers()) {
        return fail(tr("This installation has users: give --user NAME to %1 (the password is "
                       "asked, or read from TL_PASSWORD).")
                        .arg(key));
    }

    if (command == "init"_L1) {
        if (!args.has(u"unit"_s) || !args.has(u"name"_s))
            return usage(tr("init needs --unit and --name."));
        // The one setting the installation up becomes its first administrator.
        auto administrator = [&] {
            return args.has(u"admin"_s) ? addFirstAdministrator(store, args.value(u"admin"_s)) : 0;
        };
        // Another installation of a township set up elsewhere (a checkpoint's laptop) gets its
        // villages and records with the first bundle from the township's office.
        if (args.has(u"join"_s)) {
            if (auto r = UnitSetup::joinTownship(store, args.value(u"unit"_s), args.value(u"name"_s)); !r)
                return fail(r.error());
            if (auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path())); !keys)
                return fail(keys.error());
            if (const int refused = administrator())
                return refused;
            m_out << tr("Joined %1: import a full bundle from its office to start.").arg(args.value(u"name"_s))
                  << Qt::endl;
            return 0;
        }
        // A county code (ending in 000000) sets up a county, which has no villages of its own.
        if (RegionCode::levelOf(RegionCode::normalized(args.value(u"unit"_s))) == Region::County) {
            if (auto r = UnitSetup::setUpCounty(store, args.value(u"unit"_s), args.value(u"name"_s)); !r)
                return fail(r.error());
            if (auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path())); !keys)
                return fail(keys.error());
            if (const int refused = administrator())
                return refused;
            m_out << tr("Set up the county %1.").arg(args.value(u"name"_s)) << Qt::endl;
            return 0;
        }
        QList<UnitSetup::Village> villages;
        QStringList lines;
        // QMultiMap returns the last-inserted first.
        const QStringList given = args.options.values(u"village"_s);
        for (auto it = given.crbegin(); it != given.crend(); ++it) {
            const QString code = it->section(u':', 0, 0);
            const QString name = it->section(u':', 1);
            if (name.isEmpty())
                return fail(tr("Write each village as CODE:NAME, such as 370285105201:东村; got %1.").arg(*it));
            lines << code + u' ' + name;
        }
        if (!lines.isEmpty()) {
            auto parsed = UnitSetup::parseVillageList(lines.join(u'\n'), args.value(u"unit"_s));
            if (!parsed)
                return fail(parsed.error());
            villages = parsed.value();
        }
        if (auto r = UnitSetup::setUpTownship(store, args.value(u"unit"_s), args.value(u"name"_s), villages); !r)
            return fail(r.error());
        if (auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path())); !keys)
            return fail(keys.error());
        if (const int refused = administrator())
            return refused;
        m_out << tr("Set up %1 with %n village(s).", nullptr, int(villages.size())).arg(args.value(u"name"_s))
              << Qt::endl;
        return 0;
    }

    if (command == "demo"_L1)
        return demo(opened.value(), args.options);

    if (command == "person"_L1 && sub == "add"_L1) {
        if (!InstanceSettings::load(store).isSetUp())
            return fail(tr("The store has no unit yet: run init first."));
        RegionRepository regions(store);
        const Region village = regions.byCode(args.value(u"village"_s));
        if (!args.has(u"village"_s) || !village.isValid() || village.level < Region::Village)
            return fail(tr("There is no village with the code %1.").arg(args.value(u"village"_s)));
        Person person;
        person.name = args.value(u"name"_s);
        person.idNumber = args.value(u"id-number"_s);
        person.phone = args.value(u"phone"_s);
        person.regionId = village.id;
        person.householdId = args.value(u"household"_s);
        auto id = PersonRepository(store).add(person);
        if (!id)
            return fail(id.error());
        m_out << id.value() << Qt::endl;
        return 0;
    }

    if (command == "person"_L1 && sub == "find"_L1) {
        const QString text = args.words.mid(2).join(u' ');
        if (text.trimmed().isEmpty())
            return usage(tr("person find needs the text to look for."));
        PersonQuery query(store, { {}, PersonCategory::Any, text });
        if (query.isSearchTooShort())
            return fail(tr("Type at least three digits to search by number."));
        const QList<PersonQuery::Row> rows = query.fetch(0, 1000);
        if (!query.error().isEmpty())
            return fail(query.error());
        // Full numbers for those who may see them, masked for a viewer or nobody logged in.
        const bool full = Rights::allows(store.user().role, Right::SeeFullData);
        for (const PersonQuery::Row &row : rows) {
            m_out << row.person.name << '\t'
                  << (full ? row.person.idNumber : IdNumber::masked(row.person.idNumber)) << '\t'
                  << (full ? row.person.phone : PhoneNumber::masked(row.person.phone)) << '\t'
                  << row.villageName << '\t' << row.address << Qt::endl;
        }
        return 0;
    }

    if (command == "person"_L1 && (sub == "remove"_L1 || sub == "restore"_L1))
        return person(store, sub, args.words.mid(2), args.options);
    if (command == "household"_L1)
        return household(store, sub, args.words.mid(2), args.options);

    if (command == "measure"_L1 && sub == "add"_L1)
        return addMeasure(store, args.options);

    if (command == "supervision"_L1 || command == "findings"_L1)
        return supervision(store, command == "findings"_L1 ? command : sub, args.options);
    if (command == "checkpoint"_L1)
        return checkpoint(store, sub, args.options);
    if (command == "keys"_L1)
        return keys(store, sub, args.words.mid(2), args.options);
    if (command == "bundle"_L1)
        return bundle(store, sub, args.words.mid(2), args.options);

    if (command == "export-registry"_L1)
        return exportRegistry(store, args.words.value(1), args.options);
    if (command == "known-to-several"_L1)
        return knownToSeveral(store, args.options);
    if (command == "import"_L1)
        return importLedger(store, args.words.mid(1), args.options);
    if (command == "user"_L1)
        return user(store, sub, args.words.mid(2), args.options);
    if (command == "audit"_L1)
        return audit(store, args.options);

    if (command == "check"_L1) {
        const QStringList problems = IntegrityCheck::run(store);
        for (const QString &p : problems)
            m_err << p << Qt::endl;
        if (!problems.isEmpty())
            return 1;
        m_out << tr("The store is sound.") << Qt::endl;
        return 0;
    }
    if (command == "restore"_L1) {
        if (args.words.size() != 2)
            return usage(tr("restore needs the copy to restore."));
        auto restored = StoreBackup::restore(store, args.words.value(1));
        if (!restored)
            return fail(restored.error());
        m_out << tr("The store is back as the copy %1 holds it; the store as it was is kept as %2.")
                     .arg(QDir::toNativeSeparators(args.words.value(1)),
                          QDir::toNativeSeparators(restored.value()))
              << Qt::endl;
        return 0;
    }
    if (command == "backup"_L1) {
        // Today's copy, made again with what is in the store now: for a scheduled task on a
        // machine where the window is seldom opened.
        auto made = StoreBackup::make(store, StoreBackup::Kind::Daily, StoreBackup::folderFor(store.path()));
        if (!made)
            return fail(made.error());
        m_out << tr("The store was copied to %1.").arg(QDir::toNativeSeparators(made.value())) << Qt::endl;
        return 0;
    }
    return usage(tr("Unknown command: %1").arg(args.words.join(u' ')));
}

int CliCommands::exportRegistry(Store &store, const QString &name, const QMultiMap<QString, QString> &options)
{
    if (name.isEmpty())
        return usage(tr("export-registry needs the name of a registry."));
    const QString format = options.value(u"format"_s);
    const QString out = options.value(u"out"_s);
    static const QStringList formats = { u"xlsx"_s, u"csv"_s, u"pdf"_s };
    if (!formats.contains(format) || out.isEmpty())
        return usage(tr("export-registry needs --format xlsx, csv or pdf, and --out FILE."));
    const QString encoding = options.value(u"encoding"_s, u"utf-8"_s).toLower();
    if (encoding != "utf-8"_L1 && encoding != "gb18030"_L1)
        return usage(tr("--encoding takes utf-8 or gb18030."));
    const RegistryDefinition definition = RegistryCatalog::find(name);
    if (!definition.isValid())
        return fail(tr("There is no registry named %1; the command registries lists them.").arg(name));

    RegistryFilter filter;
    filter.village = options.value(u"village"_s);
    filter.category = options.value(u"category"_s);
    filter.fullData = options.contains(u"full-data"_s);
    filter.reason = options.value(u"reason"_s);
    for (const QString &key : { u"from"_s, u"to"_s }) {
        if (!options.contains(key))
            continue;
        auto date = ClerkDate::parse(options.value(key));
        if (!date)
            return usage(tr("--%1: %2").arg(key, date.error()));
        (key == "from"_L1 ? filter.from : filter.to) = date.value();
    }
    if ((filter.from.isValid() || filter.to.isValid()) && !definition.hasFilter(RegistryDefinition::DateFilter))
        return fail(tr("The registry %1 has no date range to filter by.").arg(name));
    if (options.contains(u"checkpoint"_s)) {
        if (!definition.hasFilter(RegistryDefinition::CheckpointFilter))
            return fail(tr("The registry %1 has no checkpoint to filter by.").arg(name));
        filter.checkpoint = CheckpointRepository(store).byName(options.value(u"checkpoint"_s)).id;
        if (filter.checkpoint.isEmpty())
            return fail(tr("There is no checkpoint named %1.").arg(options.value(u"checkpoint"_s)));
    }

    RegistryQuery query(store, definition, filter);
    Result<qint64> written = format == "xlsx"_L1 ? XlsxExport::write(query, out)
            : format == "csv"_L1 ? CsvExport::write(query, out, encoding == "gb18030"_L1
                                                                ? CsvExport::Encoding::Gb18030
                                                                : CsvExport::Encoding::Utf8Bom)
                                 : RegistryPrinter::writePdf(query, out);
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %n row(s) to %1.", nullptr, int(written.value())).arg(out) << Qt::endl;
    return 0;
}

int CliCommands::addMeasure(Store &store, const QMultiMap<QString, QString> &options)
{
    if (!options.contains(u"id-number"_s) || !options.contains(u"kind"_s) || !options.contains(u"start"_s))
        return usage(tr("measure add needs --id-number, --kind and --start."));
    const QString kind = options.value(u"kind"_s);
    if (!ControlMeasure::kinds().contains(kind))
        return fail(tr("--kind takes home_isolation, central_isolation or home_monitoring."));
    auto start = ClerkDate::parse(options.value(u"start"_s));
    if (!start)
        return usage(tr("--start: %1").arg(start.error()));
    auto idNumber = IdNumber::parse(options.value(u"id-number"_s));
    if (!idNumber)
        return fail(idNumber.error());
    const Person person = PersonRepository(store).byIdNumber(idNumber->text());
    if (person.id.isEmpty())
        return fail(tr("Nobody with the ID number %1 is registered; add the person first.")
                            .arg(IdNumber::masked(idNumber->text())));

    ControlMeasure measure;
    measure.personId = person.id;
    measure.kind = kind;
    measure.startedOn = start.value();
    if (options.contains(u"site"_s)) {
        const QString siteName = options.value(u"site"_s);
        for (const IsolationSite &site : IsolationSiteRepository(store).all()) {
            if (site.name == siteName)
                measure.siteId = site.id;
        }
        if (measure.siteId.isEmpty())
            return fail(tr("There is no isolation site named %1.").arg(siteName));
    }
    QList<Responsibility> cadres;
    const QStringList given = options.values(u"cadre"_s);
    // QMultiMap returns the last-inserted first.
    for (auto it = given.crbegin(); it != given.crend(); ++it) {
        const QStringList parts = it->split(u':');
        if (parts.size() != 3)
            return usage(tr("Write each cadre as NAME:ROLE:PHONE, such as 李四:village_cadre:13912345678; got %1.").arg(*it));
        Responsibility r;
        r.cadreName = parts[0];
        r.role = parts[1];
        r.phone = parts[2];
        cadres.append(r);
    }
    MeasureRepository measures(store);
    auto id = measures.add(measure, cadres);
    if (!id)
        return fail(id.error());
    const ControlMeasure added = measures.byId(id.value());
    m_out << tr("%1: %2 from %3 to %4.")
                     .arg(person.name, ControlMeasure::kindLabel(kind),
                          added.startedOn.toString(Qt::ISODate), added.plannedEndOn.toString(Qt::ISODate))
          << Qt::endl;
    return 0;
}
