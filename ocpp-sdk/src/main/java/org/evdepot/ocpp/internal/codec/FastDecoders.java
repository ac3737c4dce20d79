package org.evdepot.ocpp.internal.codec;

import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.MessageCodec;

/**
 * The optimistic fast decoders of the hot messages (1.6 MeterValues.req, 2.0.1 MeterValuesRequest),
 * used by {@code OcppJson.read} and by the RPC layer before the generated codecs. Switched off with
 * the system property {@code evdepot.ocpp.fastDecode=false} (read once), e.g. to compare both
 * paths.
 */
public final class FastDecoders {
  private static volatile boolean enabled =
      !"false".equalsIgnoreCase(System.getProperty("evdepot.ocpp.fastDecode"));

  private static final List<FastDecoder<?>> V16 = List.of(V16MeterValuesDecoder.INSTANCE);
  private static final List<FastDecoder<?>> V201 =
      List.of(V201MeterValuesDecoder.INSTANCE, V201TransactionEventDecoder.INSTANCE);

  private FastDecoders() {}

  /** Whether the fast decoders are used. */
  public static boolean enabled() {
    return enabled;
  }

  /**
   * Switches the fast decoders on or off for the whole JVM; for tests and benchmarks that compare
   * both paths. Either way every decode gives the same result.
   */
  public static void setEnabled(boolean on) {
    enabled = on;
  }

  /** The fast decoder for payloads of {@code codec}, or null (also when switched off). */
  @SuppressWarnings("unchecked")
  public static <T> FastDecoder<T> forCodec(MessageCodec<T> codec) {
    if (!enabled) {
      return null;
    }
    if (codec == org.evdepot.ocpp.v16.MeterValuesRequest.CODEC) {
      return (FastDecoder<T>) V16MeterValuesDecoder.INSTANCE;
    }
    if (codec == org.evdepot.ocpp.v201.MeterValuesRequest.CODEC) {
      return (FastDecoder<T>) V201MeterValuesDecoder.INSTANCE;
    }
    if (codec == org.evdepot.ocpp.v201.TransactionEventRequest.CODEC) {
      return (FastDecoder<T>) V201TransactionEventDecoder.INSTANCE;
    }
    return null;
  }

  /**
   * A cheap look at the first characters, before the text is copied: whether {@code text} starts
   * like a CALL of one of {@code decoders}' actions. Only a filter; {@link #readCall} then checks
   * everything again on the copy.
   */
  private static boolean mayBeHotCall(
      String text, List<FastDecoder<?>> decoders, int maxMessageIdLength) {
    int n = text.length();
    int i = skipWs(text, 0);
    if (i >= n || text.charAt(i) != '[') {
      return false;
    }
    i = skipWs(text, i + 1);
    if (i >= n || text.charAt(i) != '2') {
      return false;
    }
    i = skipWs(text, i + 1);
    if (i >= n || text.charAt(i) != ',') {
      return false;
    }
    i = skipWs(text, i + 1);
    if (i >= n || text.charAt(i) != '"') {
      return false;
    }
    int close = text.indexOf('"', i + 1);
    if (close < 0 || close - i - 1 > maxMessageIdLength) {
      return false;
    }
    i = skipWs(text, close + 1);
    if (i >= n || text.charAt(i) != ',') {
      return false;
    }
    i = skipWs(text, i + 1);
    if (i >= n || text.charAt(i) != '"') {
      return false;
    }
    int start = i + 1;
    for (FastDecoder<?> d : decoders) {
      String name = d.action().name();
      int end = start + name.length();
      if (end < n && text.charAt(end) == '"' && text.startsWith(name, start)) {
        return true;
      }
    }
    return false;
  }

  private static int skipWs(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      i++;
    }
    return i;
  }

  /** A CALL read by a fast decoder. */
  public record Call(String messageId, ActionType<?, ?> action, Object payload) {}

  /**
   * Reads {@code text} as a whole CALL frame {@code [2,"<id>","<action>",{...}]} of a hot action of
   * {@code version}, with nothing but whitespace after it, and a message id of 1 to {@code
   * maxMessageIdLength} plain characters; null in every other case (also when switched off), and
   * then the caller must read the frame the generic way. Never throws for any input.
   */
  public static Call readCall(String text, OcppVersion version, int maxMessageIdLength) {
    if (!enabled) {
      return null;
    }
    List<FastDecoder<?>> decoders =
        version == OcppVersion.V16 ? V16 : version == OcppVersion.V201 ? V201 : List.of();
    if (decoders.isEmpty()) {
      return null;
    }
    if (!mayBeHotCall(text, decoders, maxMessageIdLength)) {
      return null;
    }
    JsonScan s = JsonScan.of(text);
    if (s == null || !s.consume('[') || s.next() != '2' || !s.consume(',')) {
      return null;
    }
    int idStart = s.stringSpan();
    int idLength = s.pos - 1 - idStart;
    if (idStart < 0 || idLength < 1 || idLength > maxMessageIdLength || !s.consume(',')) {
      return null;
    }
    FastDecoder<?> decoder = null;
    for (FastDecoder<?> d : decoders) {
      if (s.literal(d.quotedAction)) {
        decoder = d;
        break;
      }
    }
    if (decoder == null || !s.consume(',')) {
      return null;
    }
    Object payload = decoder.readPayload(s);
    if (payload == null || !s.consume(']') || !s.atEnd()) {
      return null;
    }
    return new Call(text.substring(idStart, idStart + idLength), decoder.action(), payload);
  }
}
