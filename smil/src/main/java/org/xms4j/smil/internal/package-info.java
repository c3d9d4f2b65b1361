/**
 * Internal helpers of the SMIL module: name matching, clock-value and length grammars, XML character
 * handling, prolog screening and byte decoding. Not exported; do not depend on it.
 */
package org.xms4j.smil.internal;
