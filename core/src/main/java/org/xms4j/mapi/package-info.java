/**
 * The MAPI property vocabulary: property types, tags, property sets, named-property identities,
 * typed property definitions, exact property values and the immutable property bag.
 *
 * <p>Specified by [MS-OXCDATA] section 2.11.1 (property data types), [MS-OXPROPS] section 1.3
 * (property sets and named properties). Nothing in this package knows about the .msg container:
 * per-file property ids (0x8000 and above) of named properties never appear here; a named property
 * is identified by its property set and its numeric LID or string name.
 */
@NullMarked
package org.xms4j.mapi;

import org.jspecify.annotations.NullMarked;
