package org.xms4j.validation;

import java.util.Objects;
import java.util.Optional;
import org.xms4j.message.Message;
import org.xms4j.message.MobileMessage;
import org.xms4j.path.MessagePath;

/**
 * What a {@link Scope#MESSAGE} rule checks: one Message object, where it sits (the top-level
 * message, or an embedded message of an attachment) and its SMS/MMS view.
 *
 * <p>The validator makes one context for the top-level message and one for each embedded message,
 * depth first; rules that look at recipients and attachments walk them from {@link #message()} and
 * extend {@link #path()}.
 */
public final class MessageContext {

  private final Message message;
  private final MessagePath path;
  private final Optional<MobileMessage> mobile;

  private MessageContext(Message message, MessagePath path) {
    this.message = Objects.requireNonNull(message, "message");
    this.path = Objects.requireNonNull(path, "path");
    this.mobile = MobileMessage.from(message);
  }

  /**
   * Returns the context of a top-level message.
   *
   * @param message the message
   * @return the context at {@link MessagePath#ROOT}
   */
  public static MessageContext of(Message message) {
    return new MessageContext(message, MessagePath.ROOT);
  }

  /**
   * Returns the context of a message at a path, for example an embedded message at
   * {@code /attachments[0]/embedded}.
   *
   * @param message the message
   * @param path where the message is
   * @return the context
   */
  public static MessageContext of(Message message, MessagePath path) {
    return new MessageContext(message, path);
  }

  /**
   * Returns the message checked.
   *
   * @return the message
   */
  public Message message() {
    return message;
  }

  /**
   * Returns where the message is.
   *
   * @return {@link MessagePath#ROOT} for the top-level message
   */
  public MessagePath path() {
    return path;
  }

  /**
   * Tells whether the message is the top-level message of the file.
   *
   * @return true at {@link MessagePath#ROOT}
   */
  public boolean isTopLevel() {
    return path.segments().isEmpty();
  }

  /**
   * Returns the SMS or MMS view of the message ({@link MobileMessage#from(Message)}).
   *
   * @return the view, or empty for other messages; [MS-OXOSMMS] rules apply only when present
   */
  public Optional<MobileMessage> mobile() {
    return mobile;
  }
}
