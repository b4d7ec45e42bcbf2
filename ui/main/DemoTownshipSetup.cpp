#include "DemoTownshipSetup.h"

#include "LongTask.h"

#include "demo/DemoTownship.h"
#include "store/Store.h"

#include <QInputDialog>
#include <QMessageBox>

bool DemoTownshipSetup::run(QWidget *parent, Store &store)
{
    if (DemoTownship::mayFill(store) != DemoTownship::Fill::Allowed) {
        QMessageBox::warning(parent, tr("Demo township"),
            tr("Demo data goes only into a new store, and this one is set up already: give a "
               "new store with --db."));
        return false;
    }
    bool ok = false;
    const int persons = QInputDialog::getInt(parent, tr("Demo township"),
        tr("A demo township of synthetic people, for trying the program out. How many persons?"),
        5000, 1, 2'000'000, 1000, &ok);
    if (!ok)
        return false;
    const QString path = store.path();
    const User user = store.user();
    const QString message = LongTask::run(parent, tr("Generating the demo township…"),
        [path, user, persons](const LongTask::Progress &progress) {
            auto opened = Store::open(path);
            if (!opened)
                return opened.error();
            opened.value()->setUser(user);
            DemoTownship::Options options;
            options.persons = persons;
            auto summary = DemoTownship::generate(*opened.value(), options, progress);
            return summary.ok() ? QString() : summary.error();
        });
    if (!message.isEmpty()) {
        QMessageBox::warning(parent, tr("Demo township"), message);
        return false;
    }
    return true;
}
