#include "PersonDialog.h"

#include "HouseholdPicker.h"

#include "main/FormParts.h"
#include "people/ClerkDate.h"
#include "people/HouseholdRepository.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

PersonDialog::PersonDialog(Store &store, const Person &person, QWidget *parent)
    : QDialog(parent), m_store(store), m_person(person)
{
    setWindowTitle(person.id.isEmpty() ? tr("Add resident") : tr("Edit resident"));
    setObjectName(u"personDialog"_s);

    m_name = new QLineEdit(person.name);
    m_name->setObjectName(u"nameEdit"_s);
    m_idNumber = new QLineEdit(person.idNumber);
    m_idNumber->setObjectName(u"idNumberEdit"_s);
    m_idNumber->setPlaceholderText(tr("18 characters; the last may be X"));
    m_gender = new QComboBox;
    m_gender->setObjectName(u"genderComboBox"_s);
    m_gender->addItem(tr("Unknown"), QString());
    m_gender->addItem(Person::genderLabel(u"male"_s), u"male"_s);
    m_gender->addItem(Person::genderLabel(u"female"_s), u"female"_s);
    m_gender->setCurrentIndex(m_gender->findData(person.gender));
    m_birthDate = new QLineEdit(dateText(person.birthDate));
    m_birthDate->setObjectName(u"birthDateEdit"_s);
    m_birthDate->setPlaceholderText(tr("e.g. 1990-03-04 or 1990年3月4日"));
    m_phone = new QLineEdit(person.phone);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_village = new QComboBox;
    m_village->setObjectName(u"villageComboBox"_s);
    RegionRepository regions(store);
    for (const Region &village : regions.villages())
        m_village->addItem(village.name, village.id);
    const Region region = regions.byId(person.regionId);
    if (region.isValid() && region.level > Region::Village)
        m_village->addItem(regions.villageOf(region.id).name + u" / "_s + region.name, region.id);
    m_village->setCurrentIndex(std::max(0, m_village->findData(person.regionId)));
    m_household = new HouseholdPicker(store, person.householdId);
    m_relation = new QComboBox;
    m_relation->setObjectName(u"relationComboBox"_s);
    m_relation->addItem(tr("Not known"), QString());
    for (const QString &relation : Person::relationsToHead())
        m_relation->addItem(Person::relationLabel(relation), relation);
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(person.relationToHead)));
    const bool isHead = !person.id.isEmpty()
        && HouseholdRepository(store).byId(person.householdId).headPersonId == person.id;
    if (isHead) {
        m_relation->insertItem(0, Person::relationLabel({}, true), QString());
        m_relation->setCurrentIndex(0);
    }
    auto followHousehold = [this, isHead] {
        // A member lives where the household lives: the village comes with the household.
        const Household h = HouseholdRepository(m_store).byId(m_household->householdId());
        m_village->setEnabled(h.id.isEmpty());
        if (!h.id.isEmpty()) {
            if (m_village->findData(h.regionId) < 0) {
                RegionRepository regions(m_store);
                m_village->addItem(regions.villageOf(h.regionId).name + u" / "_s
                        + regions.byId(h.regionId).name,
                    h.regionId);
            }
            m_village->setCurrentIndex(m_village->findData(h.regionId));
        }
        m_relation->setEnabled(!h.id.isEmpty()
            && !(isHead && h.id == m_person.householdId));
    };
    connect(m_household, &HouseholdPicker::householdChanged, this, followHousehold);
    followHousehold();
    m_residenceType = new QComboBox;
    m_residenceType->setObjectName(u"residenceTypeComboBox"_s);
    for (const QString &type : Person::residenceTypes())
        m_residenceType->addItem(Person::residenceTypeLabel(type), type);
    m_residenceType->setCurrentIndex(std::max(0, m_residenceType->findData(person.residenceType)));

    m_returnee = new QCheckBox(tr("Returnee"));
    m_returnee->setObjectName(u"returneeCheckBox"_s);
    m_returnee->setChecked(person.returnee);
    m_returneeOrigin = new QLineEdit(person.returneeOrigin);
    m_returneeOrigin->setObjectName(u"returneeOriginEdit"_s);
    m_returneeOrigin->setPlaceholderText(tr("Came from (province, city, district)"));
    m_arrivedOn = new QLineEdit(dateText(person.arrivedOn));
    m_arrivedOn->setObjectName(u"arrivedOnEdit"_s);
    m_arrivedOn->setPlaceholderText(tr("Arrival date"));
    m_riskArea = new QCheckBox(tr("Arrived from a risk area"));
    m_riskArea->setObjectName(u"riskAreaCheckBox"_s);
    m_riskArea->setChecked(person.riskArea);
    m_closeContact = new QCheckBox(tr("Close contact"));
    m_closeContact->setObjectName(u"closeContactCheckBox"_s);
    m_closeContact->setChecked(person.closeContact);
    m_specialGroup = new QComboBox;
    m_specialGroup->setObjectName(u"specialGroupComboBox"_s);
    m_specialGroup->addItem(tr("None"), QString());
    for (const QString &group : Person::specialGroups())
        m_specialGroup->addItem(Person::specialGroupLabel(group), group);
    m_specialGroup->setCurrentIndex(std::max(0, m_specialGroup->findData(person.specialGroup)));
    m_notes = new QPlainTextEdit(person.notes);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&ID number"), m_idNumber);
    auto *genderBirth = new QHBoxLayout;
    genderBirth->addWidget(m_gender);
    genderBirth->addWidget(new QLabel(tr("Birth date")));
    genderBirth->addWidget(m_birthDate, 1);
    form->addRow(tr("Gender"), genderBirth);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("Hou&sehold"), m_household);
    form->addRow(tr("Re&lation to head"), m_relation);
    form->addRow(tr("&Village"), m_village);
    form->addRow(tr("&Residence"), m_residenceType);

    auto *categories = new QGroupBox(tr("Categories"));
    auto *categoryForm = new QFormLayout(categories);
    auto *returneeRow = new QHBoxLayout;
    returneeRow->addWidget(m_returneeOrigin, 2);
    returneeRow->addWidget(m_arrivedOn, 1);
    categoryForm->addRow(m_returnee, returneeRow);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_riskArea);
    flags->addWidget(m_closeContact);
    flags->addStretch();
    categoryForm->addRow(flags);
    categoryForm->addRow(tr("&Special group"), m_specialGroup);

    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(categories);
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("N&otes"), m_notes);
    layout->addLayout(notesForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_idNumber, &QLineEdit::textEdited, this, &PersonDialog::fillFromIdNumber);
    for (QLineEdit *edit : { m_name, m_idNumber, m_birthDate, m_phone, m_returneeOrigin, m_arrivedOn })
        connect(edit, &QLineEdit::textChanged, this, &PersonDialog::revalidate);
    connect(m_household, &HouseholdPicker::householdChanged, this, &PersonDialog::revalidate);
    for (QComboBox *box : { m_gender, m_village, m_relation, m_residenceType, m_specialGroup })
        connect(box, &QComboBox::currentIndexChanged, this, &PersonDialog::revalidate);
    for (QCheckBox *box : { m_returnee, m_riskArea, m_closeContact })
        connect(box, &QCheckBox::toggled, this, &PersonDialog::revalidate);
    connect(m_returnee, &QCheckBox::toggled, m_returneeOrigin, &QWidget::setEnabled);
    connect(m_returnee, &QCheckBox::toggled, m_arrivedOn, &QWidget::setEnabled);
    m_returneeOrigin->setEnabled(person.returnee);
    m_arrivedOn->setEnabled(person.returnee);
    revalidate();
    resize(560, sizeHint().height());
}

void PersonDialog::fillFromIdNumber()
{
    const auto id = IdNumber::parse(m_idNumber->text());
    if (!id)
        return;
    m_gender->setCurrentIndex(m_gender->findData(id->gender() == IdNumber::Gender::Male ? u"male"_s : u"female"_s));
    m_birthDate->setText(id->birthDate().toString(Qt::ISODate));
}

QString PersonDialog::readForm(Person &p) const
{
    p = m_person;
    p.name = m_name->text();
    p.idNumber = m_idNumber->text();
    p.gender = m_gender->currentData().toString();
    p.phone = m_phone->text();
    p.regionId = m_village->currentData().toString();
    p.householdId = m_household->householdId();
    p.relationToHead = m_relation->currentData().toString();
    p.residenceType = m_residenceType->currentData().toString();
    p.returnee = m_returnee->isChecked();
    p.returneeOrigin = m_returneeOrigin->text();
    p.riskArea = m_riskArea->isChecked();
    p.closeContact = m_closeContact->isChecked();
    p.specialGroup = m_specialGroup->currentData().toString();
    p.notes = m_notes->toPlainText();
    p.birthDate = QDate();
    if (!m_birthDate->text().trimmed().isEmpty()) {
        auto date = ClerkDate::parse(m_birthDate->text());
        if (!date)
            return tr("Birth date: %1").arg(date.error());
        p.birthDate = date.value();
    }
    p.arrivedOn = QDate();
    if (p.returnee && !m_arrivedOn->text().trimmed().isEmpty()) {
        auto date = ClerkDate::parse(m_arrivedOn->text());
        if (!date)
            return tr("Arrival date: %1").arg(date.error());
        p.arrivedOn = date.value();
    }
    return {};
}

void PersonDialog::revalidate()
{
    Person p;
    QString problem = readForm(p);
    if (problem.isEmpty()) {
        const auto checked = PersonRepository(m_store).check(p);
        problem = checked.ok() ? QString() : checked.error();
    }
    FormParts::setProblem(m_message, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void PersonDialog::accept()
{
    Person p;
    if (const QString problem = readForm(p); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    PersonRepository persons(m_store);
    if (p.id.isEmpty()) {
        auto id = persons.add(p);
        if (!id) {
            m_message->setText(id.error());
            return;
        }
        m_person.id = id.value();
    } else if (p.householdId != m_person.householdId && !p.householdId.isEmpty()) {
        // A move: the rest is saved where the person lives now, then they move.
        Person staying = p;
        staying.householdId = m_person.householdId;
        staying.regionId = m_person.regionId;
        staying.relationToHead = m_person.relationToHead;
        if (auto r = persons.update(staying); !r) {
            m_message->setText(r.error());
            return;
        }
        if (auto r = HouseholdRepository(m_store).movePerson(p.id, p.householdId, p.relationToHead); !r) {
            m_message->setText(r.error());
            return;
        }
    } else if (auto r = persons.update(p); !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
