#include "FormParts.h"

#include "regions/RegionRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace FormParts {

QString problemStyleSheet()
{
    return u"color: #b00020;"_s;
}

QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setObjectName(u"messageLabel"_s);
    label->setWordWrap(true);
    label->setStyleSheet(problemStyleSheet());
    return label;
}

QDialogButtonBox *saveCancelButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void refillVillageFilter(QComboBox *combo, Store &store)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("FormParts", "All villages"), QString());
    for (const Region &village : RegionRepository(store).villages())
        combo->addItem(village.name, village.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace FormParts
