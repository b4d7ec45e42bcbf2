#include "SettingsPage.h"

#include "i18n/Translations.h"
#include "store/InstanceSettings.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString SettingsPage::savedLanguage()
{
    return QSettings().value(u"ui/language"_s, Translations::defaultLanguage()).toString();
}

QString SettingsPage::savedUserName()
{
    return QSettings().value(u"user/name"_s).toString();
}

SettingsPage::SettingsPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"settingsPage"_s);
    m_userName = new QLineEdit(store.userName());
    m_userName->setObjectName(u"userNameEdit"_s);
    m_userName->setPlaceholderText(tr("Your name, as it should appear in the audit log"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    m_note = new QLabel;
    m_note->setObjectName(u"languageNoteLabel"_s);

    auto *you = new QGroupBox(tr("You"));
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name"), m_userName);
    youForm->addRow(tr("&Language"), m_language);
    youForm->addRow(m_note);

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
    layout->addWidget(unit);
    layout->addStretch();

    connect(m_userName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_userName->text().simplified();
        QSettings().setValue(u"user/name"_s, name);
        m_store.setUserName(name);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(u"ui/language"_s, m_language->currentData().toString());
        m_note->setText(tr("The new language is used from the next start of the program."));
    });
}
