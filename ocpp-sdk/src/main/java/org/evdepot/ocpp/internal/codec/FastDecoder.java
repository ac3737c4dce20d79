package org.evdepot.ocpp.internal.codec;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.evdepot.ocpp.ActionType;

/**
 * An optimistic decoder of one hot payload type: reads the payload straight from the text's
 * characters, without Jackson, when it is certain of the result, and otherwise answers "not
 * handled" ({@code null}) so that the generated codec reads it from the start. It accepts only
 * payloads that the generated codec accepts in strict mode without any warning, and returns a value
 * equal to the one the generated codec returns; everything else (escapes, unknown or repeated
 * fields, any constraint violation, enumeration values in the wrong case, lenient-only date-times,
 * unusual numbers) is refused, so violations, their messages and CALLERROR codes remain the
 * generated codec's. See {@link FastDecoders}.
 *
 * @param <T> the payload record type
 */
public abstract class FastDecoder<T> {
  private final ActionType<?, ?> action;
  final JsonScan.Lit quotedAction;

  FastDecoder(ActionType<?, ?> action) {
    this.action = action;
    this.quotedAction = new JsonScan.Lit('"' + action.name() + '"');
  }

  /** The action whose request payload this decoder reads. */
  public ActionType<?, ?> action() {
    return action;
  }

  /**
   * Reads the payload object that follows (after whitespace) and leaves the cursor after its
   * closing brace; null when not certain.
   */
  abstract T readPayload(JsonScan s);

  /**
   * Reads {@code json}, which must be exactly one payload object (whitespace around it allowed);
   * null when not certain: then the caller must use the generated codec.
   */
  public final T read(String json) {
    JsonScan s = JsonScan.of(json);
    if (s == null) {
      return null;
    }
    T value = readPayload(s);
    return value != null && s.atEnd() ? value : null;
  }

  /**
   * Reads a non-empty JSON array (its {@code [} next, after whitespace) whose items {@code item}
   * reads; null when not certain (an item is, or the array is empty or malformed).
   *
   * @param buffer where the items go first; grown when too small (its size is a guess of the count)
   */
  static <E> List<E> array(JsonScan s, Function<JsonScan, E> item, E[] buffer) {
    if (!s.consume('[')) {
      return null;
    }
    E[] items = buffer;
    int n = 0;
    do {
      E next = item.apply(s);
      if (next == null) {
        return null;
      }
      if (n == items.length) {
        items = grow(items);
      }
      items[n++] = next;
    } while (s.consume(','));
    return s.consume(']') ? list(items, n) : null;
  }

  /** Grows an item buffer of a list being read. */
  static <E> E[] grow(E[] items) {
    return Arrays.copyOf(items, items.length * 2);
  }

  /** The immutable list of the first {@code n} items. */
  static <E> List<E> list(E[] items, int n) {
    return List.of(n == items.length ? items : Arrays.copyOf(items, n));
  }
}
