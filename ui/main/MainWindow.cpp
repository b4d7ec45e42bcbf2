#include "MainWindow.h"

#include "SettingsPage.h"

#include "checkpoints/CheckpointsPage.h"
#include "county/CountyPage.h"
#include "county/TasksPage.h"
#include "exchange/DataExchangePage.h"
#include "health/DaySheetPage.h"
#include "import/ImportWizard.h"
#include "measures/MeasuresPage.h"
#include "needs/NeedsPage.h"
#include "people/HouseholdsPage.h"
#include "people/ResidentsPage.h"
#include "people/ScreeningCoveragePage.h"
#include "regions/RegionsPage.h"
#include "registries/RegistriesPage.h"
#include "supervision/SupervisionPage.h"
#include "testing/TestingPage.h"
#include "users/AuditPage.h"
#include "users/IdleLock.h"
#include "users/UsersPage.h"

#include "store/InstanceSettings.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"
#include "store/StoreBackup.h"
#include "users/UserRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(u"mainWindow"_s);
    const InstanceSettings instance = InstanceSettings::load(store);
    // On X11 and Windows Qt appends " — <display name>" to a window title unless the title ends
    // with it: with the title as the display name, the program is named once, before the unit.
    setWindowTitle(tr("Township Ledger — %1").arg(instance.unitName));
    QGuiApplication::setApplicationDisplayName(windowTitle());

    m_residents = new ResidentsPage(store);
    m_households = new HouseholdsPage(store);
    m_coverage = new ScreeningCoveragePage(store);
    m_measures = new MeasuresPage(store);
    m_daySheet = new DaySheetPage(store);
    m_testing = new TestingPage(store);
    m_needs = new NeedsPage(store);
    m_checkpoints = new CheckpointsPage(store);
    m_supervision = new SupervisionPage(store);
    m_registries = new RegistriesPage(store);
    m_regions = new RegionsPage(store);
    m_exchange = new DataExchangePage(store);
    // A county works on its townships' figures and tasks; a township answers the county's tasks.
    const bool county = instance.unitLevel == InstanceSettings::UnitLevel::County;
    m_county = county ? new CountyPage(store) : nullptr;
    m_tasks = county ? nullptr : new TasksPage(store);
    m_settings = new SettingsPage(store);
    // The users and the audit trail are the administrator's.
    const Role role = store.user().role;
    m_users = Rights::allows(role, Right::ManageUsers) ? new UsersPage(store) : nullptr;
    m_audit = Rights::allows(role, Right::ReadAuditTrail) ? new AuditPage(store) : nullptr;

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigationListWidget"_s);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    QList<QPair<QString, QWidget *>> areas = {
        { tr("Residents"), m_residents },
        { tr("Households"), m_households },
        { tr("Screening coverage"), m_coverage },
        { tr("Control measures"), m_measures },
        { tr("Health checks"), m_daySheet },
        { tr("Testing"), m_testing },
        { tr("Special needs"), m_needs },
        { tr("Checkpoints"), m_checkpoints },
        { tr("Supervision"), m_supervision },
        { tr("Verification tasks"), m_tasks },
        { tr("Registries"), m_registries },
        { tr("Regions"), m_regions },
        { tr("Data exchange"), m_exchange },
        { tr("Users"), m_users },
        { tr("Audit trail"), m_audit },
        { tr("Settings"), m_settings },
    };
    areas.removeIf([](const auto &area) { return area.second == nullptr; });
    if (county)
        areas.prepend({ tr("Townships"), m_county });
    int widest = 0;
    for (const auto &[title, page] : areas) {
        m_navigation->addItem(title);
        m_pages->addWidget(page);
        widest = std::max(widest, fontMetrics().horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(widest + fontMetrics().horizontalAdvance(u'字') * 2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(u"QListWidget::item { padding: 6px 4px; }"_s);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Pages that sum up other areas show the store as it is now.
        QWidget *page = m_pages->widget(row);
        if (page == m_coverage)
            m_coverage->reload();
        else if (page == m_measures)
            m_measures->reload();
        else if (page == m_daySheet)
            m_daySheet->reload();
        else if (page == m_testing)
            m_testing->reload();
        else if (page == m_needs)
            m_needs->reload();
        else if (page == m_registries)
            m_registries->reload();
        else if (page == m_exchange)
            m_exchange->reload();
        else if (page == m_checkpoints)
            m_checkpoints->reload();
        else if (page == m_supervision)
            m_supervision->reload();
        else if (page && page == m_county)
            m_county->reload();
        else if (page && page == m_tasks)
            m_tasks->reload();
        else if (page && page == m_users)
            m_users->reload();
        else if (page && page == m_audit)
            m_audit->reload();
    });
    m_navigation->setCurrentRow(0);

    connect(m_residents, &ResidentsPage::householdRequested, this, [this](const QString &id) {
        m_households->showHousehold(id);
        m_navigation->setCurrentRow(m_pages->indexOf(m_households));
    });
    connect(m_households, &HouseholdsPage::personsChanged, m_residents, &ResidentsPage::reload);
    connect(m_coverage, &ScreeningCoveragePage::unvisitedRequested, this,
        [this](const QString &villageId, QDate since) {
            m_households->showUnvisited(villageId, since);
            m_navigation->setCurrentRow(m_pages->indexOf(m_households));
        });
    connect(m_exchange, &DataExchangePage::storeChanged, this, &MainWindow::reloadAll);
    connect(m_settings, &SettingsPage::storeRestored, this, &MainWindow::reloadAll);
    connect(m_residents, &ResidentsPage::importLedgerRequested, this, &MainWindow::importLedger);
    connect(m_regions, &RegionsPage::regionsChanged, this, [this] {
        m_residents->reload();
        m_households->reload();
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // No demo township from here: demo data goes only into a store made for it (--demo).
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importLedger = file->addAction(tr("&Import a ledger (Excel/CSV)…"), this, &MainWindow::importLedger);
    importLedger->setObjectName(u"importLedgerAction"_s);
    file->addAction(tr("&Check the store"), this, &MainWindow::checkIntegrity);
    file->addSeparator();
    file->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Township Ledger"), this, &MainWindow::showAbout);

    statusBar()->addPermanentWidget(
        new QLabel(tr("%1 (%2)").arg(store.user().name, Rights::label(store.user().role))));
    statusBar()->addPermanentWidget(
        new QLabel(tr("%1 (%2)").arg(instance.unitName, instance.unitCode)));
    // A shared PC left alone locks; an installation still without users has nobody to unlock.
    if (UserRepository(store).hasUsers()) {
        auto *idle = new IdleLock(store, this, std::chrono::minutes(IdleLock::savedMinutes()));
        connect(idle, &IdleLock::quitRequested, this, &QWidget::close);
    }
    // Where the clerk left it; maximized the first time, the size an office PC's screen allows.
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        setWindowState(Qt::WindowMaximized);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    backUpDaily();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    if (m_backup)
        m_backup->wait();
}

void MainWindow::backUpDaily()
{
    auto outcome = std::make_shared<Result<QString>>(QString());
    m_backup = QThread::create(
        [path = m_store.path(), outcome] { *outcome = StoreBackup::makeDailyIfDue(path); });
    m_backup->setParent(this);
    connect(m_backup, &QThread::finished, this, [this, outcome] {
        if (!*outcome)
            statusBar()->showMessage(
                tr("Today's copy of the store could not be made: %1").arg(outcome->error()));
        else if (!outcome->value().isEmpty())
            statusBar()->showMessage(tr("Today's copy of the store is in %1.")
                                         .arg(QDir::toNativeSeparators(outcome->value())),
                15000);
    });
    m_backup->start(QThread::LowPriority);
}

void MainWindow::reloadAll()
{
    m_residents->reload();
    m_households->reload();
    m_coverage->reload();
    m_measures->reload();
    m_daySheet->reload();
    m_testing->reload();
    m_needs->reload();
    m_registries->reload();
    m_regions->reload();
    m_checkpoints->reload();
    m_supervision->reload();
    if (m_county)
        m_county->reload();
    if (m_tasks)
        m_tasks->reload();
}

void MainWindow::importLedger()
{
    ImportWizard wizard(m_store, this);
    connect(&wizard, &ImportWizard::ledgerImported, this, &MainWindow::reloadAll);
    wizard.exec();
}

void MainWindow::checkIntegrity()
{
    const QStringList problems = IntegrityCheck::run(m_store);
    if (problems.isEmpty())
        QMessageBox::information(this, tr("Check the store"), tr("The store is sound."));
    else
        QMessageBox::warning(this, tr("Check the store"), problems.join(u'\n'));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Township Ledger"),
        tr("<p><b>Township Ledger</b> %1</p><p>Ledgers of households, residents and "
           "control measures for a township's epidemic-control office. Works "
           "offline; data stays in the store on this computer.</p>")
            .arg(QStringLiteral(TL_VERSION)));
}
