/**
 * Reading and writing Outlook .msg files ([MS-OXMSG]) for the xms4j Message object model.
 *
 * <p>Exports {@code org.xms4j.msg}: {@link org.xms4j.msg.MsgReader}, {@link org.xms4j.msg.MsgWriter} and
 * their options, results and exceptions; {@code org.xms4j.msg.check}: {@link org.xms4j.msg.check.MsgValidator},
 * the file-structure rules of the validator over the raw compound file; and {@code org.xms4j.backup}: {@link org.xms4j.backup.BackupReader},
 * the import of "SMS Backup &amp; Restore" phone backups; and {@code org.xms4j.mime}:
 * {@link org.xms4j.mime.MimeConverter}, RFC 2822/MIME to and from Message objects ([MS-OXCMAIL],
 * [MS-OMS] 2.2.2.1), the only package that uses Jakarta Mail. The compound-file container is Apache POI POIFS, used only
 * inside the unexported {@code org.xms4j.msg.internal} package; no POI type appears in the API.
 */
module org.xms4j.msg {
  requires transitive org.xms4j.core;
  requires org.apache.poi.poi;
  requires java.xml;
  requires jakarta.mail;
  requires org.jsoup;
  requires static org.jspecify;

  exports org.xms4j.msg;
  exports org.xms4j.msg.check;
  exports org.xms4j.backup;
  exports org.xms4j.mime;
}
