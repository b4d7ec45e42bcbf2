#include "MeasureDialog.h"

#include "main/FormParts.h"
#include "measures/IsolationSiteRepository.h"
#include "people/ClerkDate.h"
#include "people/PersonPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MeasureDialog::MeasureDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("New control measure"));
    setObjectName(u"measureDialog"_s);

    m_person = new PersonPicker(store);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindComboBox"_s);
    for (const QString &kind : ControlMeasure::kinds())
        m_kind->addItem(ControlMeasure::kindLabel(kind), kind);
    m_startedOn = new QLineEdit(FormParts::dayText(QDate::currentDate()));
    m_startedOn->setObjectName(u"startedOnEdit"_s);
    m_startedOn->setPlaceholderText(tr("e.g. 2022-03-25"));
    m_plannedEnd = new QLabel;
    m_plannedEnd->setObjectName(u"plannedEndLabel"_s);
    m_site = new QComboBox;
    m_site->setObjectName(u"siteComboBox"_s);
    for (const auto &o : IsolationSiteRepository(store).occupancies()) {
        if (o.site.status == "closed"_L1)
            continue;
        m_site->addItem(
            tr("%1 (%2 of %3 places taken)").arg(o.site.name).arg(o.occupied).arg(o.site.capacity),
            o.site.id);
    }
    m_cardPosted = new QCheckBox(tr("Isolation &card posted"));
    m_cardPosted->setObjectName(u"cardPostedCheckBox"_s);
    m_agreementSigned = new QCheckBox(tr("A&greement signed"));
    m_agreementSigned->setObjectName(u"agreementSignedCheckBox"_s);
    m_cameraInstalled = new QCheckBox(tr("Door camera &installed"));
    m_cameraInstalled->setObjectName(u"cameraInstalledCheckBox"_s);
    m_notes = new QLineEdit;
    m_notes->setObjectName(u"notesEdit"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Person"), m_person);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    auto *startsLabel = new QLabel(tr("S&tarts"));
    startsLabel->setBuddy(m_startedOn);
    kindRow->addWidget(startsLabel);
    kindRow->addWidget(m_startedOn, 1);
    kindRow->addWidget(m_plannedEnd, 1);
    // A row holding a layout gets no buddy by itself: give the label one, for its Alt key.
    auto *kindLabel = new QLabel(tr("&Measure"));
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);
    form->addRow(tr("Isolation &site"), m_site);
    auto *checklist = new QHBoxLayout;
    checklist->addWidget(m_cardPosted);
    checklist->addWidget(m_agreementSigned);
    checklist->addWidget(m_cameraInstalled);
    checklist->addStretch();
    form->addRow(tr("Checklist"), checklist);

    // 五包一: one row per role, in the usual order; a row left empty names nobody.
    auto *cadreBox = new QGroupBox(tr("Responsible cadres (at most five)"));
    auto *grid = new QGridLayout(cadreBox);
    grid->addWidget(new QLabel(tr("Name")), 0, 0);
    grid->addWidget(new QLabel(tr("Role")), 0, 1);
    grid->addWidget(new QLabel(tr("Phone")), 0, 2);
    for (int i = 0; i < Responsibility::MaxPerMeasure; ++i) {
        const QString prefix = u"cadre%1"_s.arg(i + 1);
        CadreRow row { new QLineEdit, new QComboBox, new QLineEdit };
        row.name->setObjectName(prefix + u"NameEdit"_s);
        row.role->setObjectName(prefix + u"RoleComboBox"_s);
        row.phone->setObjectName(prefix + u"PhoneEdit"_s);
        for (const QString &role : Responsibility::roles())
            row.role->addItem(Responsibility::roleLabel(role), role);
        row.role->setCurrentIndex(i % int(Responsibility::roles().size()));
        grid->addWidget(row.name, i + 1, 0);
        grid->addWidget(row.role, i + 1, 1);
        grid->addWidget(row.phone, i + 1, 2);
        m_cadres.append(row);
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);

    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("N&otes"), m_notes);
    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(cadreBox);
    layout->addLayout(notesForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_person, &PersonPicker::personChanged, this, &MeasureDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeasureDialog::kindChanged);
    connect(m_site, &QComboBox::currentIndexChanged, this, &MeasureDialog::revalidate);
    connect(m_startedOn, &QLineEdit::textChanged, this, &MeasureDialog::revalidate);
    for (const CadreRow &row : std::as_const(m_cadres)) {
        connect(row.name, &QLineEdit::textChanged, this, &MeasureDialog::revalidate);
        connect(row.phone, &QLineEdit::textChanged, this, &MeasureDialog::revalidate);
        connect(row.role, &QComboBox::currentIndexChanged, this, &MeasureDialog::revalidate);
    }
    kindChanged();
    m_person->setFocus();
    resize(640, sizeHint().height());
}

void MeasureDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    m_site->setEnabled(kind == "central_isolation"_L1);
    const bool home = kind == "home_isolation"_L1;
    for (QCheckBox *box : { m_cardPosted, m_agreementSigned, m_cameraInstalled })
        box->setEnabled(home);
    revalidate();
}

QString MeasureDialog::readForm(ControlMeasure &m, QList<Responsibility> &cadres) const
{
    m = ControlMeasure();
    m.personId = m_person->personId();
    m.kind = m_kind->currentData().toString();
    if (m_site->isEnabled())
        m.siteId = m_site->currentData().toString();
    m.cardPosted = m_cardPosted->isEnabled() && m_cardPosted->isChecked();
    m.agreementSigned = m_agreementSigned->isEnabled() && m_agreementSigned->isChecked();
    m.cameraInstalled = m_cameraInstalled->isEnabled() && m_cameraInstalled->isChecked();
    m.notes = m_notes->text();
    cadres.clear();
    for (const CadreRow &row : m_cadres) {
        if (row.name->text().trimmed().isEmpty() && row.phone->text().trimmed().isEmpty())
            continue;
        Responsibility r;
        r.cadreName = row.name->text();
        r.role = row.role->currentData().toString();
        r.phone = row.phone->text();
        cadres.append(r);
    }
    auto date = ClerkDate::parse(m_startedOn->text());
    if (!date)
        return tr("Start date: %1").arg(date.error());
    m.startedOn = date.value();
    return {};
}

void MeasureDialog::revalidate()
{
    ControlMeasure m;
    QList<Responsibility> cadres;
    QString problem = readForm(m, cadres);
    m_plannedEnd->clear();
    if (problem.isEmpty()) {
        const auto checked = MeasureRepository(m_store).check(m, cadres);
        if (checked)
            m_plannedEnd->setText(tr("ends %1").arg(FormParts::dayText(checked->plannedEndOn)));
        else
            problem = checked.error();
    }
    FormParts::setProblem(m_message, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void MeasureDialog::accept()
{
    ControlMeasure m;
    QList<Responsibility> cadres;
    if (const QString problem = readForm(m, cadres); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    auto id = MeasureRepository(m_store).add(m, cadres);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    m_measureId = id.value();
    QDialog::accept();
}
