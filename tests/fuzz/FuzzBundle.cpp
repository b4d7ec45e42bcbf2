// The bundle reader as a county meets a file from a USB stick: the zip directory (names, sizes,
// entries that inflate beyond what they claim) and the manifest inside, all before any
// signature is checked.
#include "FuzzInput.h"

#include "exchange/BundleImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto manifest = BundleImport::inspect(FuzzInput::toFile(data, size, "tlb"));
    if (manifest) {
        const auto again = BundleManifest::fromJson(manifest->toJson());
        FuzzInput::require(again.ok(), "a manifest the reader took reads back");
    }
    return 0;
}
