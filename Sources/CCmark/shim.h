// cmark-gfm and its GitHub extensions. No stable API: only LossbookRender imports this module.
#ifndef LOSSBOOK_CCMARK_SHIM_H
#define LOSSBOOK_CCMARK_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
