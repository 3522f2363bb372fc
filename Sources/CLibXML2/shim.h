#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 enables ICU, which makes encoding.h include <unicode/ucnv.h>; that clashes with
   Foundation's bundled ICU on a clean build (see shared/LIBXML2.md, pitfall 1). The two ICU pointer
   fields this removes from xmlCharEncodingHandler are never touched from Swift. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
#endif
