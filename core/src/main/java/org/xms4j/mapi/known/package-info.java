/**
 * The canonical property definitions: {@link org.xms4j.mapi.known.PidTag} (tagged properties),
 * {@link org.xms4j.mapi.known.PidName} (named properties with string names),
 * {@link org.xms4j.mapi.known.PidLid} (named properties with numeric LIDs), the lookup
 * {@link org.xms4j.mapi.known.KnownProperties} and the message classes and content classes of
 * [MS-OXOSMMS] in {@link org.xms4j.mapi.known.MessageClass}.
 *
 * <p>Constant names are mechanical: {@code PidTagMessageClass} is {@code PidTag.MESSAGE_CLASS};
 * {@link org.xms4j.mapi.PropertyDefinition#canonicalName()} gives the spec name back. Identities
 * and types are those of [MS-OXPROPS]; section numbers cite the defining protocol document.
 */
@NullMarked
package org.xms4j.mapi.known;

import org.jspecify.annotations.NullMarked;
