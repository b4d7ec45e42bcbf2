// manifest.json of a bundle on its own, so that the fuzzer works on the JSON rather than on
// getting through a zip.
#include "FuzzInput.h"

#include "exchange/BundleManifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto manifest
        = BundleManifest::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (manifest) {
        const QByteArray json = manifest->toJson();
        const auto again = BundleManifest::fromJson(json);
        FuzzInput::require(again.ok(), "a manifest the reader took reads back");
        FuzzInput::require(again->toJson() == json, "a manifest reads back as it was written");
    }
    return 0;
}
