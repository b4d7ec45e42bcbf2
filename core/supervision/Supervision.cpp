#include "Supervision.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QStringList &SupervisionTeam::levels()
{
    static const QStringList list = { u"city"_s, u"county"_s, u"township"_s };
    return list;
}

QString SupervisionTeam::levelLabel(const QString &level)
{
    if (level == "city"_L1)
        return QCoreApplication::translate("Supervision", "City");
    if (level == "county"_L1)
        return QCoreApplication::translate("Supervision", "County");
    return QCoreApplication::translate("Supervision", "Township");
}

const QStringList &Finding::statuses()
{
    static const QStringList list = { u"open"_s, u"in_progress"_s, u"rectified"_s, u"closed"_s };
    return list;
}

QString Finding::statusLabel(const QString &status)
{
    if (status == "open"_L1)
        return QCoreApplication::translate("Supervision", "Open");
    if (status == "in_progress"_L1)
        return QCoreApplication::translate("Supervision", "Being rectified");
    if (status == "rectified"_L1)
        return QCoreApplication::translate("Supervision", "Rectified");
    return QCoreApplication::translate("Supervision", "Verified and closed");
}

const QStringList &Finding::severities()
{
    static const QStringList list = { u"minor"_s, u"serious"_s, u"critical"_s };
    return list;
}

QString Finding::severityLabel(const QString &severity)
{
    if (severity == "critical"_L1)
        return QCoreApplication::translate("Supervision", "Critical");
    if (severity == "serious"_L1)
        return QCoreApplication::translate("Supervision", "Serious");
    return QCoreApplication::translate("Supervision", "Minor");
}

namespace {

struct Category
{
    QString code;
    const char *label;
};

const QList<Category> &knownCategories()
{
    static const QList<Category> list = {
        { u"registers"_s, QT_TRANSLATE_NOOP("Supervision", "Screening and registers") },
        { u"checkpoint_duty"_s, QT_TRANSLATE_NOOP("Supervision", "Checkpoint duty") },
        { u"isolation"_s, QT_TRANSLATE_NOOP("Supervision", "Isolation and monitoring") },
        { u"testing"_s, QT_TRANSLATE_NOOP("Supervision", "Testing") },
        { u"disinfection"_s, QT_TRANSLATE_NOOP("Supervision", "Disinfection") },
        { u"supplies"_s, QT_TRANSLATE_NOOP("Supervision", "Supplies and support") },
        { u"responsibility"_s, QT_TRANSLATE_NOOP("Supervision", "Responsibility") },
    };
    return list;
}

} // namespace

const QStringList &Finding::categories()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const Category &c : knownCategories())
            list.append(c.code);
        return list;
    }();
    return codes;
}

QString Finding::categoryLabel(const QString &category)
{
    for (const Category &c : knownCategories()) {
        if (c.code == category)
            return QCoreApplication::translate("Supervision", c.label);
    }
    return category;
}

QString Finding::categoryFromText(const QString &text)
{
    const QString typed = text.simplified();
    for (const Category &c : knownCategories()) {
        if (typed == c.code || typed == QLatin1StringView(c.label)
            || typed == QCoreApplication::translate("Supervision", c.label))
            return c.code;
    }
    return typed;
}

const QStringList &AccountabilityRecord::actions()
{
    static const QStringList list = { u"talk"_s, u"notice"_s, u"dismissal"_s };
    return list;
}

QString AccountabilityRecord::actionLabel(const QString &action)
{
    if (action == "notice"_L1)
        return QCoreApplication::translate("Supervision", "Notice of criticism");
    if (action == "dismissal"_L1)
        return QCoreApplication::translate("Supervision", "Dismissal");
    return QCoreApplication::translate("Supervision", "Admonishing talk");
}
