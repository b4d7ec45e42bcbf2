#pragma once

#include "exchange/ExchangePeers.h"
#include "store/Result.h"

#include <QString>

class Store;

// What the two bundle benchmarks share: the child process that imports a bundle and reports
// its own figures, and the installation's peer record.
namespace BundleBench {

// The process's own high-water mark in kB. Not getrusage(): on Linux its ru_maxrss survives
// exec, so a phase started from the parent would report the parent's size.
long peakKilobytes();
// Prints the message on stderr; returns the exit status of a failed phase.
int failed(const QString &message);
// --phase import STORE BUNDLE: imports, checks that every row was inserted, prints rows, seconds
// and peak kB on one line.
int importPhase(const QString &storePath, const QString &bundle);
// This installation as a peer of others, with its keys made on first use.
Result<Peer> peerOf(Store &store);

} // namespace BundleBench
