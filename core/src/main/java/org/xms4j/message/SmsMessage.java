package org.xms4j.message;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidTag;

/**
 * An SMS object: a view over a {@link Message} whose contents are a plain text body.
 *
 * <p>Specified by [MS-OXOSMMS] sections 2.2 and 4.1 (sample SMS object).
 *
 * <pre>{@code
 * SmsMessage sms = SmsMessage.builder()
 *     .body("What time is the meeting?")
 *     .sender(MobileAddress.parse("\"Ann\" [MOBILE:+14255550100]"))
 *     .to(MobileAddress.ofNumber("+14255550123"))
 *     .submitTime(Instant.parse("2024-05-01T10:15:30Z"))
 *     .build();
 * }</pre>
 */
public final class SmsMessage implements MobileMessage {

  /** The length limit of the abbreviation made by {@link #abbreviate(String)}, in code points. */
  public static final int ABBREVIATION_LENGTH = 40;

  private final Message message;

  private SmsMessage(Message message) {
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the SMS view of a message, whatever its class; the validator says whether it conforms.
   *
   * @param message the message
   * @return the view
   */
  public static SmsMessage of(Message message) {
    return new SmsMessage(message);
  }

  /**
   * Returns a builder of a new SMS object with the [MS-OXOSMMS] defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(Message.builder(), true);
  }

  /**
   * Returns a builder that keeps every property of this message it is not told to change.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(message.toBuilder(), false);
  }

  @Override
  public Message message() {
    return message;
  }

  /**
   * Returns the text of the message: PidTagBody.
   *
   * @return the body, or empty
   */
  public Optional<String> body() {
    return message.find(PidTag.BODY);
  }

  /**
   * Returns the abbreviation of a body used as PidTagNormalizedSubject of SMS objects
   * ([MS-OXOSMMS] 2.2.2.4): the body without leading white space, up to its first line break,
   * without trailing white space, cut after {@value #ABBREVIATION_LENGTH} code points (a surrogate
   * pair is never split). This is the same rule as the Subject of SMS mail in [MS-OMS]
   * 2.2.2.1.1.5 (first 40 characters, or the first line).
   *
   * @param body the body text
   * @return the abbreviation; empty when the body is blank
   */
  public static String abbreviate(String body) {
    String s = body.stripLeading();
    int nl = indexOfLineBreak(s);
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    if (s.codePointCount(0, s.length()) > ABBREVIATION_LENGTH) {
      s = s.substring(0, s.offsetByCodePoints(0, ABBREVIATION_LENGTH));
    }
    return s.stripTrailing();
  }

  private static int indexOfLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmsMessage s && message.equals(s.message);
  }

  @Override
  public int hashCode() {
    return message.hashCode() * 31 + 1;
  }

  @Override
  public String toString() {
    return "SmsMessage[" + body().map(SmsMessage::abbreviate).orElse("") + "]";
  }

  /**
   * The builder of an {@link SmsMessage}. See {@link MobileMessage.Builder} for the defaults.
   *
   * <p>Setting the body also sets PidTagNormalizedSubject and PidTagSubject to
   * {@link SmsMessage#abbreviate(String)} of it (and removes PidTagSubjectPrefix) unless a subject
   * is given with {@link #normalizedSubject(String)}; a blank abbreviation leaves both unset, since
   * a .msg file cannot store an empty string.
   */
  public static final class Builder extends MobileMessage.Builder<SmsMessage, Builder> {
    private @Nullable String body;
    private @Nullable String subject;

    Builder(Message.Builder message, boolean fresh) {
      super(message, fresh);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the text: PidTagBody (with PidTagInternetCodepage 65001 on new messages).
     *
     * @param text the message text
     * @return this builder
     */
    public Builder body(String text) {
      this.body = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets PidTagNormalizedSubject and PidTagSubject explicitly instead of the abbreviation of the
     * body.
     *
     * @param text the subject
     * @return this builder
     */
    public Builder normalizedSubject(String text) {
      this.subject = Objects.requireNonNull(text, "text");
      return this;
    }

    @Override
    public SmsMessage build() {
      if (body != null) {
        if (body.isEmpty()) {
          message.remove(PidTag.BODY);
        } else {
          message.set(PidTag.BODY, body);
        }
      }
      String s = subject != null ? subject : body != null ? abbreviate(body) : null;
      if (s != null) {
        message.remove(PidTag.SUBJECT_PREFIX);
        if (s.isEmpty()) {
          message.remove(PidTag.NORMALIZED_SUBJECT).remove(PidTag.SUBJECT);
        } else {
          message.set(PidTag.NORMALIZED_SUBJECT, s).set(PidTag.SUBJECT, s);
        }
      }
      finish(MessageClass.SMS, MessageClass.CONTENT_CLASS_SMS, OmsServiceType.SMS);
      return new SmsMessage(message.build());
    }
  }
}
