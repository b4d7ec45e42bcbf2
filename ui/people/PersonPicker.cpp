#include "PersonPicker.h"

#include "main/PersonalData.h"
#include "people/PersonQuery.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PersonPicker::PersonPicker(Store &store, PersonCategory category, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_category(category)
{
    setObjectName(u"personPicker"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"personSearchEdit"_s);
    m_search->setPlaceholderText(tr("Name, ID number or phone"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QListWidget;
    m_matches->setObjectName(u"personMatchesListWidget"_s);
    m_matches->setFixedHeight(fontMetrics().height() * 5 + 12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &PersonPicker::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, &PersonPicker::personChanged);
    // Enter in the search line goes on to the matches, to choose one with the arrow keys.
    connect(m_search, &QLineEdit::returnPressed, m_matches, [this] {
        if (m_matches->count() > 0 && !m_matches->currentItem())
            m_matches->setCurrentRow(0);
        m_matches->setFocus();
    });
    search();
}

QString PersonPicker::personId() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PersonPicker::search()
{
    const QSignalBlocker block(m_matches);
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        const PersonQuery query(m_store, { {}, m_category, text });
        const PersonalData shown(m_store);
        for (const PersonQuery::Row &row : query.fetch(0, MaxMatches)) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2), %3")
                    .arg(row.person.name,
                        row.person.idNumber.isEmpty() ? tr("no ID number") : shown.idNumber(row.person.idNumber),
                        row.villageName));
            item->setData(Qt::UserRole, row.person.id);
            m_matches->addItem(item);
        }
        // One match is the person meant; more need a choice.
        if (m_matches->count() == 1)
            m_matches->setCurrentRow(0);
    }
    emit personChanged();
}
