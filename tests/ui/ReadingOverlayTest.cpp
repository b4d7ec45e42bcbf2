#include "main/ReadingOverlay.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the reading sheet covers its view once a read takes a moment, and shows why one failed",
    "[ui][reader]")
{
    QTableView view;
    view.resize(400, 300);
    view.show();
    ReadingOverlay overlay(&view, u"readingOverlay"_s);
    auto *text = overlay.findChild<QLabel *>(u"readingOverlayLabel"_s);
    REQUIRE(text);

    // A read that comes back at once shows nothing.
    overlay.reading();
    CHECK(overlay.isReading());
    CHECK_FALSE(overlay.isVisible());
    overlay.finish(Result<int>(1));
    CHECK_FALSE(overlay.isReading());
    CHECK_FALSE(overlay.isVisible());

    overlay.reading();
    REQUIRE(QTest::qWaitFor([&] { return overlay.isVisible(); }));
    CHECK(text->text() == u"Reading…"_s);
    CHECK(overlay.geometry() == view.rect());
    CHECK(overlay.problem().isEmpty());

    CHECK_FALSE(overlay.finish(Result<int>::failure(u"The list cannot be read."_s)));
    CHECK(overlay.isVisible());
    CHECK(overlay.problem() == u"The list cannot be read."_s);
    view.resize(500, 200);
    CHECK(overlay.geometry() == view.rect());

    // The next read says so at once over the failure, and a good result takes the sheet away.
    overlay.reading();
    CHECK(text->text() == u"Reading…"_s);
    CHECK(overlay.problem().isEmpty());
    CHECK(overlay.finish(Result<int>(2)));
    CHECK_FALSE(overlay.isVisible());
}
