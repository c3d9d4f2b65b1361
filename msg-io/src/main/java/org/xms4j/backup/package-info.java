/**
 * Import of phone backups: {@link org.xms4j.backup.BackupReader} streams an "SMS Backup &amp; Restore"
 * XML file and turns each {@code <sms>} and {@code <mms>} record into an SMS or MMS object.
 */
@NullMarked
package org.xms4j.backup;

import org.jspecify.annotations.NullMarked;
