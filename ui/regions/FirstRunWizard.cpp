#include "FirstRunWizard.h"

#include "main/FormParts.h"
#include "regions/RegionCode.h"
#include "regions/UnitSetup.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The first page: a county code (ending in 000000), or joining a township set up elsewhere,
// makes it the last one, since neither lists villages here.
class UnitPage : public QWizardPage
{
public:
    UnitPage(QLineEdit *code, QCheckBox *join) : m_code(code), m_join(join) { }
    bool isCounty() const
    {
        return RegionCode::levelOf(RegionCode::normalized(m_code->text())) == Region::County;
    }
    bool isJoining() const { return !isCounty() && m_join->isChecked(); }
    int nextId() const override { return isCounty() || isJoining() ? -1 : QWizardPage::nextId(); }

private:
    QLineEdit *m_code;
    QCheckBox *m_join;
};

} // namespace

FirstRunWizard::FirstRunWizard(Store &store, QWidget *parent) : QWizard(parent), m_store(store)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up Township Ledger"));
    setWizardStyle(QWizard::ClassicStyle);

    m_name = new QLineEdit;
    m_name->setObjectName(u"townshipNameEdit"_s);
    m_code = new QLineEdit;
    m_code->setObjectName(u"townshipCodeEdit"_s);
    m_code->setMaxLength(24);
    m_join = new QCheckBox(tr("This computer &joins a township already set up on another (a checkpoint's "
                              "laptop): its villages and records come with the first bundle from the office."));
    m_join->setObjectName(u"joinCheckBox"_s);
    auto *township = new UnitPage(m_code, m_join);
    township->setTitle(tr("Your township"));
    township->setSubTitle(tr("The township (or sub-district) this office serves. The code is the "
                             "12-digit statistical division code, such as 370285105000. A county "
                             "office enters its county's code, such as 370285000000."));
    // Typing a county code turns Next into Finish.
    connect(m_code, &QLineEdit::textChanged, township, &QWizardPage::completeChanged);
    connect(m_join, &QCheckBox::toggled, township, &QWizardPage::completeChanged);
    m_townshipMessage = new QLabel;
    m_townshipMessage->setWordWrap(true);
    m_townshipMessage->setStyleSheet(FormParts::problemStyleSheet());
    auto *form = new QFormLayout(township);
    form->addRow(tr("Township &name"), m_name);
    form->addRow(tr("Region &code"), m_code);
    form->addRow(m_join);
    form->addRow(m_townshipMessage);
    addPage(township);

    auto *villages = new QWizardPage;
    villages->setTitle(tr("Villages and communities"));
    villages->setSubTitle(tr("One a line: the name, or the code and the name. You can paste two "
                             "columns from Excel. Villages without a code are numbered in order."));
    m_villages = new QPlainTextEdit;
    m_villages->setObjectName(u"villagesEdit"_s);
    m_villages->setPlaceholderText(tr("370285105001 东村\n370285105002 西村\n南村"));
    m_preview = new QLabel;
    m_preview->setObjectName(u"villagesPreviewLabel"_s);
    m_preview->setWordWrap(true);
    auto *layout = new QVBoxLayout(villages);
    layout->addWidget(m_villages);
    layout->addWidget(m_preview);
    addPage(villages);

    connect(m_villages, &QPlainTextEdit::textChanged, this, &FirstRunWizard::updatePreview);
    resize(640, 480);
}

void FirstRunWizard::updatePreview()
{
    const auto parsed = UnitSetup::parseVillageList(m_villages->toPlainText(), m_code->text());
    if (!parsed) {
        m_preview->setStyleSheet(FormParts::problemStyleSheet());
        m_preview->setText(parsed.error());
        return;
    }
    m_preview->setStyleSheet({});
    QStringList lines;
    for (const auto &v : parsed.value().mid(0, 5))
        lines << v.code + u"  "_s + v.name;
    m_preview->setText(tr("%n village(s):", nullptr, int(parsed->size())) + u' '
                       + lines.join(tr(", ")) + (parsed->size() > 5 ? u" …"_s : QString()));
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == 0) {
        const bool county = static_cast<const UnitPage *>(currentPage())->isCounty();
        QString problem = RegionCode::problem(RegionCode::normalized(m_code->text()),
                                              county ? Region::County : Region::Township, {});
        if (m_name->text().trimmed().isEmpty())
            problem = county ? tr("Enter the name of the county.") : tr("Enter the name of the township.");
        const bool joining = static_cast<const UnitPage *>(currentPage())->isJoining();
        if (problem.isEmpty() && (county || joining)) {
            auto r = county ? UnitSetup::setUpCounty(m_store, m_code->text(), m_name->text())
                            : UnitSetup::joinTownship(m_store, m_code->text(), m_name->text());
            if (!r)
                problem = r.error();
        }
        m_townshipMessage->setText(problem);
        return problem.isEmpty();
    }
    const auto parsed = UnitSetup::parseVillageList(m_villages->toPlainText(), m_code->text());
    if (!parsed) {
        updatePreview();
        return false;
    }
    if (auto r = UnitSetup::setUpTownship(m_store, m_code->text(), m_name->text(), parsed.value()); !r) {
        m_preview->setStyleSheet(FormParts::problemStyleSheet());
        m_preview->setText(r.error());
        return false;
    }
    return true;
}
