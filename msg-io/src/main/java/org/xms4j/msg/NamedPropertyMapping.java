package org.xms4j.msg;

import java.util.Objects;
import org.xms4j.mapi.NamedPropertyId;

/**
 * One entry of a file's named property mapping as read: the per-file property id, the identity it
 * stands for, and whether the hash-bucket stream the formula names lists it.
 *
 * <p>Readers do not need the hash buckets (names are resolved from the entry stream); the bucket
 * check is reported here for validators. Files written by the "new Outlook" (2025) have no bucket
 * streams at all.
 *
 * <p>Specified by [MS-OXMSG] sections 2.2.3.1.2 (entry stream) and 2.2.3.2 (name-to-id mapping
 * streams).
 *
 * @param propertyId the property id used in this file, 0x8000 to 0xFFFE
 * @param name the named-property identity
 * @param bucketStream the name of the hash-bucket stream that lists this property, or, when none
 *     does, the one the formula of [MS-OXMSG] 2.2.3.2.2 gives (Outlook's rule: PS_INTERNET_HEADERS
 *     names lower-cased before hashing), for example {@code __substg1.0_101D0102}
 * @param inBucket true when the bucket stream of the formula holds an entry for this property,
 *     with the name hashed lower-cased (Outlook) or as given (some other writers)
 */
public record NamedPropertyMapping(int propertyId, NamedPropertyId name, String bucketStream, boolean inBucket) {

  /**
   * Checks the components.
   *
   * @param propertyId the {@code propertyId} component
   * @param name the {@code name} component
   * @param bucketStream the {@code bucketStream} component
   * @param inBucket the {@code inBucket} component
   * @throws NullPointerException when {@code name} or {@code bucketStream} is null
   */
  public NamedPropertyMapping {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bucketStream, "bucketStream");
  }
}
