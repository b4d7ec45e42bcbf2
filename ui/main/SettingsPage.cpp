#include "SettingsPage.h"

#include "FormParts.h"

#include "users/IdleLock.h"

#include "i18n/Translations.h"
#include "measures/PolicyValues.h"
#include "store/InstanceSettings.h"
#include "store/Store.h"
#include "store/StoreBackup.h"
#include "store/Transaction.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString SettingsPage::savedLanguage()
{
    return QSettings().value(u"ui/language"_s, Translations::defaultLanguage()).toString();
}

SettingsPage::SettingsPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"settingsPage"_s);
    auto *user = new QLabel(tr("%1 (%2)").arg(store.user().name, Rights::label(store.user().role)));
    user->setObjectName(u"userLabel"_s);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_note = new QLabel;
    m_note->setObjectName(u"languageNoteLabel"_s);

    auto *you = new QGroupBox(tr("You"));
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("Logged in as"), user);
    youForm->addRow(tr("&Language"), m_language);
    auto *idle = new QSpinBox;
    idle->setObjectName(u"idleLockSpinBox"_s);
    idle->setRange(1, 240);
    idle->setSuffix(tr(" min"));
    idle->setValue(IdleLock::savedMinutes());
    idle->setToolTip(tr("Without a key or a click for this long, the window hides the register and "
                        "asks the password again. Takes effect at the next start."));
    youForm->addRow(tr("Lock the window &after"), idle);
    connect(idle, &QSpinBox::valueChanged, this, [](int minutes) { IdleLock::saveMinutes(minutes); });
    youForm->addRow(m_note);

    // Policy values belong to the township's data (the county may change them by bundle), so
    // they are kept in the store, not in QSettings.
    const PolicyValues policy(store);
    auto daysBox = [&policy](const QString &kind, const QString &name) {
        auto *box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(1, 60);
        box->setSuffix(tr(" days"));
        box->setValue(policy.isolationDays(kind));
        return box;
    };
    m_homeIsolationDays = daysBox(u"home_isolation"_s, u"homeIsolationDaysSpinBox"_s);
    m_centralIsolationDays = daysBox(u"central_isolation"_s, u"centralIsolationDaysSpinBox"_s);
    m_homeMonitoringDays = daysBox(u"home_monitoring"_s, u"homeMonitoringDaysSpinBox"_s);
    m_feverThreshold = new QDoubleSpinBox;
    m_feverThreshold->setObjectName(u"feverThresholdSpinBox"_s);
    m_feverThreshold->setDecimals(1);
    m_feverThreshold->setSingleStep(0.1);
    m_feverThreshold->setRange(36.0, 39.0);
    m_feverThreshold->setSuffix(u" ℃"_s);
    m_feverThreshold->setValue(policy.feverThreshold());
    m_clockTolerance = new QSpinBox;
    m_clockTolerance->setObjectName(u"clockToleranceSpinBox"_s);
    m_clockTolerance->setRange(0, 24 * 60);
    m_clockTolerance->setSuffix(tr(" minutes"));
    m_clockTolerance->setToolTip(tr("A bundle with a row stamped further ahead of this computer's "
                                    "clock is refused: a PC with a wrong date must not win every "
                                    "later edit."));
    m_clockTolerance->setValue(policy.clockToleranceMinutes());
    m_policyMessage = FormParts::messageLabel();
    auto *savePolicyButton = new QPushButton(tr("Save policy values"));
    savePolicyButton->setObjectName(u"savePolicyButton"_s);
    connect(savePolicyButton, &QPushButton::clicked, this, &SettingsPage::savePolicy);

    auto *policyBox = new QGroupBox(tr("Policy values"));
    auto *policyForm = new QFormLayout(policyBox);
    // Numbers of a few digits: full-width spin boxes would only spread them out.
    policyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    policyForm->addRow(tr("Home &isolation"), m_homeIsolationDays);
    policyForm->addRow(tr("&Central isolation"), m_centralIsolationDays);
    policyForm->addRow(tr("Home &monitoring"), m_homeMonitoringDays);
    policyForm->addRow(tr("&Fever from"), m_feverThreshold);
    policyForm->addRow(tr("&Bundle clock ahead at most"), m_clockTolerance);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(savePolicyButton);
    saveRow->addWidget(m_policyMessage, 1);
    policyForm->addRow(saveRow);

    const InstanceSettings instance = InstanceSettings::load(store);
    auto *unit = new QGroupBox(tr("This installation"));
    auto *unitForm = new QFormLayout(unit);
    unitForm->addRow(tr("Unit"), new QLabel(instance.unitName));
    unitForm->addRow(tr("Region code"), new QLabel(instance.unitCode));
    unitForm->addRow(tr("Instance ID"), new QLabel(instance.instanceId));
    auto *path = new QLabel(QDir::toNativeSeparators(store.path()));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    unitForm->addRow(tr("Store file"), path);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(policyBox);
    auto *lower = new QHBoxLayout;
    lower->addWidget(unit, 1);
    if (Rights::allows(store.user().role, Right::Restore)) {
        auto *copies = new QGroupBox(tr("Copies of the store"));
        m_copies = FormParts::recordsTable({ tr("Made"), tr("Kind"), tr("Size") }, u"copiesTable"_s);
        m_copies->setMaximumHeight(160);
        auto *makeCopy = new QPushButton(tr("&Copy now"));
        makeCopy->setObjectName(u"makeCopyButton"_s);
        auto *restore = new QPushButton(tr("&Restore…"));
        restore->setObjectName(u"restoreButton"_s);
        m_copiesMessage = new QLabel;
        m_copiesMessage->setObjectName(u"copiesMessageLabel"_s);
        m_copiesMessage->setWordWrap(true);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(makeCopy);
        buttons->addWidget(restore);
        buttons->addStretch();
        auto *copiesLayout = new QVBoxLayout(copies);
        copiesLayout->addWidget(m_copies);
        copiesLayout->addLayout(buttons);
        copiesLayout->addWidget(m_copiesMessage);
        lower->addWidget(copies, 1);
        connect(makeCopy, &QPushButton::clicked, this, [this] {
            auto made = StoreBackup::make(m_store, StoreBackup::Kind::Daily,
                                          StoreBackup::folderFor(m_store.path()));
            m_copiesMessage->setText(made ? tr("Copied to %1.").arg(QDir::toNativeSeparators(made.value()))
                                          : made.error());
            listCopies();
        });
        connect(restore, &QPushButton::clicked, this, &SettingsPage::restoreCopy);
        listCopies();
    }
    layout->addLayout(lower);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(u"ui/language"_s, m_language->currentData().toString());
        m_note->setText(tr("The new language is used from the next start of the program."));
    });
}

void SettingsPage::savePolicy()
{
    PolicyValues policy(m_store);
    // All five or none.
    Transaction transaction(m_store);
    Result<void> r = transaction.isActive() ? Result<void>() : Result<void>::failure(transaction.error());
    if (r)
        r = policy.setIsolationDays(u"home_isolation"_s, m_homeIsolationDays->value());
    if (r)
        r = policy.setIsolationDays(u"central_isolation"_s, m_centralIsolationDays->value());
    if (r)
        r = policy.setIsolationDays(u"home_monitoring"_s, m_homeMonitoringDays->value());
    if (r)
        r = policy.setFeverThreshold(m_feverThreshold->value());
    if (r)
        r = policy.setClockToleranceMinutes(m_clockTolerance->value());
    if (r)
        r = transaction.commit();
    m_policyMessage->setStyleSheet(r ? QString() : FormParts::problemStyleSheet());
    m_policyMessage->setText(r ? tr("Saved. New measures and day sheets use these values.") : r.error());
}

void SettingsPage::listCopies()
{
    const QList<StoreBackup::Copy> copies = StoreBackup::copies(StoreBackup::folderFor(m_store.path()));
    m_copies->setRowCount(0);
    for (const StoreBackup::Copy &c : copies) {
        const int row = m_copies->rowCount();
        m_copies->insertRow(row);
        FormParts::setRowTexts(m_copies, row,
                               { QLocale().toString(c.made, u"yyyy-MM-dd HH:mm"_s),
                                 StoreBackup::kindLabel(c.kind),
                                 QLocale().formattedDataSize(c.bytes) });
        m_copies->item(row, 0)->setData(Qt::UserRole, c.path);
    }
    if (m_copies->rowCount() > 0)
        m_copies->selectRow(0);
}

void SettingsPage::restoreCopy()
{
    const int row = m_copies->currentRow();
    if (row < 0)
        return;
    const QString path = m_copies->item(row, 0)->data(Qt::UserRole).toString();
    const QString made = m_copies->item(row, 0)->text();
    const auto answer = QMessageBox::question(
        this, tr("Restore a copy"),
        tr("Put the store back as it was at %1? Everything entered since then is taken out of the "
           "store; the store as it is now is kept as a copy first, and can be restored in turn.")
            .arg(made),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto restored = StoreBackup::restore(m_store, path);
    m_copiesMessage->setText(restored ? tr("The store is back as it was at %1.").arg(made) : restored.error());
    listCopies();
    if (restored)
        emit storeRestored();
}
