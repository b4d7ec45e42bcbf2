#include "FingerprintDialog.h"

#include "main/FormParts.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A fingerprint is eight groups of four hex digits (InstanceKeys::fingerprint).
constexpr int typedGroups = 2;

QString compact(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

} // namespace

FingerprintDialog::FingerprintDialog(
    Purpose purpose, const QString &unit, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(fingerprint)
{
    setObjectName(u"fingerprintDialog"_s);
    const bool sender = purpose == Purpose::TrustSender;
    setWindowTitle(sender ? tr("Trust the sender?") : tr("Trust this key?"));

    auto *intro = new QLabel(sender
            ? tr("This bundle comes from the unit below, whose key this installation does not "
                 "know yet. Call them and have them read the fingerprint of their key to you.")
            : tr("This key file says it belongs to the unit below, but anyone can write a key "
                 "file. Call the unit and have them read the fingerprint of their key to you."));
    intro->setObjectName(u"introLabel"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *unitLabel = new QLabel(unit);
    unitLabel->setObjectName(u"unitLabel"_s);
    unitLabel->setTextFormat(Qt::PlainText);
    unitLabel->setWordWrap(true);
    unitLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = unitLabel->font();
    bold.setBold(true);
    unitLabel->setFont(bold);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *firstGroups = new QLabel(fingerprint.section(u' ', 0, -typedGroups - 1));
    firstGroups->setObjectName(u"fingerprintLabel"_s);
    firstGroups->setTextFormat(Qt::PlainText);
    firstGroups->setFont(fixed);
    m_lastGroups = new QLineEdit;
    m_lastGroups->setObjectName(u"fingerprintLineEdit"_s);
    m_lastGroups->setFont(fixed);
    m_lastGroups->setMaxLength(24);
    m_lastGroups->setPlaceholderText(tr("last two groups"));
    // Room for "ABCD EFGH" and a little more, so the two parts read as one fingerprint.
    m_lastGroups->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(u"MMMM MMMM MM"_s));
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(firstGroups);
    fingerprintRow->addWidget(m_lastGroups);
    fingerprintRow->addStretch();

    auto *guide = new QLabel(
        tr("Check that they read these first groups, then type the last two groups as they "
           "read them (for example 1a2b 3c4d). Trust the key only if they match."));
    guide->setTextFormat(Qt::PlainText);
    guide->setWordWrap(true);
    m_message = FormParts::messageLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(sender ? tr("&Trust and import") : tr("&Trust the key"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit:"), unitLabel);
    auto *fingerprintLabel = new QLabel(tr("&Fingerprint:"));
    fingerprintLabel->setBuddy(m_lastGroups);
    form->addRow(fingerprintLabel, fingerprintRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(guide);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_lastGroups, &QLineEdit::textChanged, this, &FingerprintDialog::revalidate);
    revalidate();
    m_lastGroups->setFocus();
    resize(560, sizeHint().height());
}

bool FingerprintDialog::matchesLastGroups(const QString &typed, const QString &fingerprint)
{
    const QString wanted = compact(fingerprint.section(u' ', -typedGroups));
    return wanted.size() == 4 * typedGroups
        && compact(typed).compare(wanted, Qt::CaseInsensitive) == 0;
}

void FingerprintDialog::revalidate()
{
    const bool matches = matchesLastGroups(m_lastGroups->text(), m_fingerprint);
    m_ok->setEnabled(matches);
    // Said only once all the characters are there: a clerk still typing is not wrong yet.
    const bool complete = compact(m_lastGroups->text()).size() >= 4 * typedGroups;
    m_message->setText(complete && !matches
            ? tr("These are not the last two groups of this key. Have them read again; if they "
                 "still differ, do not trust the key: it is not theirs.")
            : QString());
}
