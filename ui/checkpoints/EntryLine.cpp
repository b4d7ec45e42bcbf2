#include "EntryLine.h"

#include "main/FormParts.h"

#include "checkpoints/CheckpointLog.h"
#include "health/Temperature.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// g, y, r (or 绿, 黄, 红, or 1, 2, 3) as the health code; empty when it is none of them.
QString healthCodeFrom(const QString &typed)
{
    const QString t = typed.trimmed().toLower();
    if (t == "g"_L1 || t == u"绿"_s || t == "1"_L1)
        return u"green"_s;
    if (t == "y"_L1 || t == u"黄"_s || t == "2"_L1)
        return u"yellow"_s;
    if (t == "r"_L1 || t == u"红"_s || t == "3"_L1)
        return u"red"_s;
    return {};
}

QLineEdit *field(
    const QString &objectName, const QString &placeholder, int widthInChars, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u'0') * widthInChars);
    return edit;
}

} // namespace

EntryLine::EntryLine(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"entryLine"_s);
    m_idNumber = field(u"idNumberEdit"_s, tr("ID number"), 20, this);
    m_temperature = field(u"temperatureEdit"_s, tr("℃"), 5, this);
    m_healthCode = field(u"healthCodeEdit"_s, tr("g/y/r"), 3, this);
    m_healthCode->setMaxLength(1);
    m_healthCode->setToolTip(tr("Health code: g green, y yellow, r red"));
    m_healthCodeShown = new QLabel(this);
    m_healthCodeShown->setObjectName(u"healthCodeLabel"_s);
    m_name = field(u"nameEdit"_s, tr("Name"), 8, this);
    m_phone = field(u"phoneEdit"_s, tr("Phone"), 12, this);
    m_plate = field(u"plateEdit"_s, tr("Plate"), 9, this);
    m_from = field(u"fromEdit"_s, tr("From where"), 14, this);
    m_reason = field(u"reasonEdit"_s, tr("Reason"), 10, this);
    m_permit = field(u"permitEdit"_s, tr("Permit no."), 8, this);
    m_disinfected = new QCheckBox(tr("Disinfected"), this);
    m_disinfected->setObjectName(u"disinfectedCheckBox"_s);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"outcomeComboBox"_s);
    for (const QString &o : CheckpointEntry::outcomes())
        m_outcome->addItem(CheckpointEntry::outcomeLabel(o), o);
    auto *save = new QPushButton(tr("Save (Enter)"), this);
    save->setObjectName(u"saveEntryButton"_s);
    save->setFocusPolicy(Qt::NoFocus);
    m_person = new QLabel(this);
    m_person->setObjectName(u"personLabel"_s);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"warningsLabel"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setMargin(6);
    QFont loud = m_warnings->font();
    loud.setPointSizeF(loud.pointSizeF() * 1.3);
    loud.setBold(true);
    m_warnings->setFont(loud);
    m_warnings->hide();
    m_message = FormParts::messageLabel();

    auto *grid = new QGridLayout;
    int column = 0;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_idNumber, m_temperature, m_healthCode, m_healthCodeShown, m_name, m_phone, m_plate })
        grid->addWidget(w, 0, column++);
    column = 0;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_from, m_reason, m_permit, m_disinfected, m_outcome, save }) {
        grid->addWidget(w, 1, column, 1, w == m_from ? 4 : 1);
        column += w == m_from ? 4 : 1;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warnings);
    layout->addLayout(grid);
    layout->addWidget(m_person);
    layout->addWidget(m_message);
    // The order a cadre fills a passage in: who, temperature, code, then the rest if needed.
    QWidget::setTabOrder(m_idNumber, m_temperature);
    QWidget::setTabOrder(m_temperature, m_healthCode);
    QWidget::setTabOrder(m_healthCode, m_name);
    QWidget::setTabOrder(m_name, m_phone);
    QWidget::setTabOrder(m_phone, m_plate);
    QWidget::setTabOrder(m_plate, m_from);
    QWidget::setTabOrder(m_from, m_reason);
    QWidget::setTabOrder(m_reason, m_permit);
    QWidget::setTabOrder(m_permit, m_disinfected);
    QWidget::setTabOrder(m_disinfected, m_outcome);

    for (int key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto *shortcut = new QShortcut(
            QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &EntryLine::save);
    }
    connect(save, &QPushButton::clicked, this, &EntryLine::save);
    connect(m_idNumber, &QLineEdit::textChanged, this, &EntryLine::lookUpPerson);
    connect(m_temperature, &QLineEdit::textChanged, this, &EntryLine::suggestOutcome);
    connect(m_healthCode, &QLineEdit::textChanged, this, [this] {
        const QString code = healthCodeFrom(m_healthCode->text());
        m_healthCodeShown->setText(CheckpointEntry::healthCodeLabel(code));
        const QString color = code == "green"_L1 ? u"#1b7f3b"_s
            : code == "yellow"_L1                ? u"#b58900"_s
                                                 : FormParts::problemColor().name();
        m_healthCodeShown->setStyleSheet(u"font-weight: bold; color: %1;"_s.arg(color));
        suggestOutcome();
    });
    connect(m_from, &QLineEdit::textChanged, this, &EntryLine::updateWarnings);
    connect(m_permit, &QLineEdit::editingFinished, this, &EntryLine::updateWarnings);
    connect(m_outcome, &QComboBox::activated, this, [this] { m_outcomeChosen = true; });
}

CheckpointEntry EntryLine::entered() const
{
    CheckpointEntry e;
    e.checkpointId = m_checkpointId;
    e.direction = m_direction;
    e.idNumber = m_idNumber->text();
    e.personName = m_name->text();
    e.phone = m_phone->text();
    e.plate = m_plate->text();
    if (auto t = Temperature::parse(m_temperature->text()))
        e.temperatureTenths = t->tenths();
    e.healthCode = healthCodeFrom(m_healthCode->text());
    e.cameFrom = m_from->text();
    e.reason = m_reason->text();
    e.permitNumber = m_permit->text();
    e.disinfected = m_disinfected->isChecked();
    e.outcome = m_outcome->currentData().toString();
    e.recordedBy = m_recordedBy;
    return e;
}

void EntryLine::lookUpPerson()
{
    const CheckpointLog::Lookup found = CheckpointLog(m_store).lookup(m_idNumber->text());
    if (!found.personId.isEmpty()) {
        m_name->setText(found.name);
        if (m_phone->text().isEmpty())
            m_phone->setText(found.phone);
        m_person->setText(tr("Registered: %1, %2").arg(found.name, found.village));
    } else {
        m_person->setText(m_idNumber->text().trimmed().size() == 18
                ? tr("Not registered in this township")
                : QString());
    }
    updateWarnings();
}

void EntryLine::suggestOutcome()
{
    if (!m_outcomeChosen)
        m_outcome->setCurrentIndex(
            m_outcome->findData(CheckpointLog(m_store).suggestedOutcome(entered())));
    updateWarnings();
}

void EntryLine::updateWarnings()
{
    const QList<CheckpointLog::Warning> warnings = CheckpointLog(m_store).warningsFor(entered());
    QStringList lines;
    bool stop = false;
    for (const CheckpointLog::Warning &w : warnings) {
        lines << w.text;
        stop = stop || w.level == CheckpointLog::Warning::Stop;
    }
    m_warnings->setVisible(!lines.isEmpty());
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setStyleSheet(stop
            ? u"background: %1; color: white;"_s.arg(FormParts::problemColor().name())
            : u"background: #fff3c4; color: black;"_s);
}

void EntryLine::amend(const CheckpointEntry &original)
{
    m_amending = original.id;
    m_idNumber->setText(original.idNumber);
    m_name->setText(original.personName);
    m_phone->setText(original.phone);
    m_plate->setText(original.plate);
    m_temperature->setText(original.temperatureTenths > 0
            ? Temperature::fromCelsius(original.temperatureTenths / 10.0).text()
            : QString());
    m_healthCode->setText(original.healthCode.left(1));
    m_from->setText(original.cameFrom);
    m_reason->setText(original.reason);
    m_permit->setText(original.permitNumber);
    m_disinfected->setChecked(original.disinfected);
    m_outcome->setCurrentIndex(m_outcome->findData(original.outcome));
    m_outcomeChosen = true;
    m_direction = original.direction;
    m_checkpointId = original.checkpointId;
}

void EntryLine::clear()
{
    for (QLineEdit *e : { m_idNumber, m_temperature, m_healthCode, m_name, m_phone, m_plate, m_from,
             m_reason, m_permit })
        e->clear();
    m_disinfected->setChecked(false);
    m_outcomeChosen = false;
    m_outcome->setCurrentIndex(0);
    m_person->clear();
    m_amending.clear();
    updateWarnings();
}

void EntryLine::focusFirst()
{
    m_idNumber->setFocus();
}

bool EntryLine::save()
{
    if (!m_temperature->text().trimmed().isEmpty()) {
        if (auto t = Temperature::parse(m_temperature->text()); !t) {
            m_message->setText(t.error());
            m_temperature->setFocus();
            return false;
        }
    }
    if (!m_healthCode->text().trimmed().isEmpty()
        && healthCodeFrom(m_healthCode->text()).isEmpty()) {
        m_message->setText(tr("Type g for a green code, y for yellow, r for red."));
        m_healthCode->setFocus();
        return false;
    }
    CheckpointLog log(m_store);
    const auto id = m_amending.isEmpty() ? log.record(entered()) : log.amend(m_amending, entered());
    if (!id) {
        m_message->setText(id.error());
        return false;
    }
    m_message->clear();
    clear();
    focusFirst();
    emit saved(id.value());
    return true;
}
