#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every harness needs from libFuzzer's bytes: the readers under test take a file, so the
// input is written to one (in a folder of the harness's own, reused from run to run), and the
// parsers take text.
namespace FuzzInput {

// Writes the bytes to the harness's input file with this suffix and returns its path.
QString toFile(const uint8_t *data, size_t size, const char *suffix);
// The bytes as UTF-8 text (invalid sequences become U+FFFD, as a reader of a file makes them).
QString toText(const uint8_t *data, size_t size);
// Stops the run with a message when a property the reader promises does not hold, so that
// libFuzzer keeps the input as a crash.
void require(bool holds, const char *what);

} // namespace FuzzInput
