#include "RemovePersonDialog.h"

#include "PersonPicker.h"

#include "main/FormParts.h"

#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RemovePersonDialog::RemovePersonDialog(Store &store, const Person &person, QWidget *parent)
    : QDialog(parent), m_store(store), m_person(person)
{
    setObjectName(u"removePersonDialog"_s);
    setWindowTitle(tr("Remove %1 from the register").arg(person.name));
    const Region village = RegionRepository(store).villageOf(person.regionId);
    auto *who = new QLabel(tr("%1 of %2, ID number %3").arg(person.name, village.name,
        person.idNumber.isEmpty() ? tr("not known") : person.idNumber));
    who->setWordWrap(true);

    m_reason = new QComboBox;
    m_reason->setObjectName(u"reasonComboBox"_s);
    for (const QString &reason : Removal::reasons())
        m_reason->addItem(Removal::reasonLabel(reason), reason);

    m_movedTo = new QLineEdit;
    m_movedTo->setObjectName(u"movedToEdit"_s);
    m_movedTo->setPlaceholderText(tr("such as 青岛市市南区"));
    m_movedOn = FormParts::dayEdit(QDate::currentDate(), u"movedOnEdit"_s);
    auto *moved = new QWidget;
    auto *movedForm = new QFormLayout(moved);
    movedForm->setContentsMargins(0, 0, 0, 0);
    movedForm->addRow(tr("Moved &to"), m_movedTo);
    movedForm->addRow(tr("On"), m_movedOn);

    m_diedOn = FormParts::dayEdit(QDate::currentDate(), u"diedOnEdit"_s);
    auto *died = new QWidget;
    auto *diedForm = new QFormLayout(died);
    diedForm->setContentsMargins(0, 0, 0, 0);
    diedForm->addRow(tr("Date of &death"), m_diedOn);

    m_same = new PersonPicker(store);
    m_same->setObjectName(u"samePersonPicker"_s);
    auto *twice = new QWidget;
    auto *twiceForm = new QVBoxLayout(twice);
    twiceForm->setContentsMargins(0, 0, 0, 0);
    auto *twiceNote = new QLabel(tr("The record that stays (find it by name, ID number or "
                                    "phone). The measures, checks, samples and checkpoint "
                                    "entries of %1 move to it.")
                                     .arg(person.name));
    twiceNote->setWordWrap(true);
    twiceForm->addWidget(twiceNote);
    twiceForm->addWidget(m_same);

    m_details = new QStackedWidget;
    m_details->addWidget(moved);
    m_details->addWidget(died);
    m_details->addWidget(twice);

    m_note = new QLineEdit;
    m_note->setObjectName(u"removalNoteEdit"_s);
    m_message = FormParts::messageLabel();
    auto *buttons = FormParts::saveCancelButtons(this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Remove"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_details);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("&Note"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RemovePersonDialog::showReason);
    showReason();
}

void RemovePersonDialog::showReason()
{
    m_details->setCurrentIndex(m_reason->currentIndex());
    m_message->clear();
}

void RemovePersonDialog::accept()
{
    Removal removal;
    removal.reason = m_reason->currentData().toString();
    removal.note = m_note->text();
    if (removal.reason == "moved_out"_L1) {
        // Where to is what the next office asks; a note adds to it.
        removal.note = m_movedTo->text().trimmed();
        if (!removal.note.isEmpty() && !m_note->text().trimmed().isEmpty())
            removal.note += tr("; ") + m_note->text().trimmed();
        removal.on = m_movedOn->date();
    } else if (removal.reason == "died"_L1) {
        removal.on = m_diedOn->date();
    } else {
        removal.intoPersonId = m_same->personId();
    }
    if (auto r = PersonRepository(m_store).remove(m_person.id, removal); !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
