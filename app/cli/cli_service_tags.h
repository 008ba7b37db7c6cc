#pragma once
// pathlight-cli service-tags: Azure's service tags read live from the Service Tag Discovery API
// (issue 17), written as a tag file in Microsoft's published shape for --service-tags and for
// File ▸ Update service tags from file…

#include "cli/cli_options.h"

namespace pathlight {

// service-tags --subscription ID [--location REGION] [--endpoint URL] [--token-from az|env]
// [--timeout SECONDS] -o OUT.json
// GET {endpoint}/subscriptions/{ID}/providers/Microsoft.Network/locations/{REGION}/serviceTags
// (REGION only says where the request is served; the answer lists every region's tags). Exit 0
// when OUT was written, 2 when nothing was (the reason printed).
int commandServiceTags(const QStringList& args, Streams io);

} // namespace pathlight
