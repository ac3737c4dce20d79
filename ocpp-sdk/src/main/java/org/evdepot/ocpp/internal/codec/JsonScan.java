package org.evdepot.ocpp.internal.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Cursor of the optimistic fast decoders ({@link FastDecoder}): a one-byte-per-character copy of
 * the frame text, read with 8-byte words where that pays. Every method either advances over exactly
 * what it expects or reports "not sure" (a {@code false}, {@code -1} or {@code null} result)
 * without throwing; the caller then gives up and the generic Jackson-based codec reads the frame
 * again from the start. The cursor therefore never decides that a frame is invalid, it only
 * recognises frames whose meaning is certain.
 *
 * <p>Characters above U+00FF: {@code String.getBytes(ISO_8859_1)} replaces each with {@code '?'}
 * (and a surrogate pair with a single {@code '?'}). A frame whose copy is shorter than its text is
 * refused; otherwise indexes agree, strings are always cut from the original text (so a {@code '?'}
 * inside a string value is harmless), and {@code '?'} matches no field name, enumeration value,
 * digit or structural character.
 */
public final class JsonScan {
  /** Frames longer than this go to the generic decoder (and its read constraints). */
  static final int MAX_LENGTH = 1 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;

  final String text;
  final byte[] b;
  int pos;

  private JsonScan(String text, byte[] bytes) {
    this.text = text;
    this.b = bytes;
  }

  /** A cursor at the start of {@code text}, or null when the fast path cannot read it at all. */
  public static JsonScan of(String text) {
    int n = text.length();
    if (n > MAX_LENGTH) {
      return null;
    }
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != n) {
      return null;
    }
    return new JsonScan(text, bytes);
  }

  /** The current position (an index into the text). */
  public int position() {
    return pos;
  }

  static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** Skips JSON whitespace (space, tab, line feed, carriage return: exactly what JSON allows). */
  void ws() {
    byte[] b = this.b;
    int p = pos;
    while (p < b.length) {
      byte c = b[p];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      p++;
    }
    pos = p;
  }

  /** Skips whitespace, then consumes {@code c} if it is next. */
  boolean consume(char c) {
    int p = pos;
    if (p < b.length && b[p] == c) {
      pos = p + 1;
      return true;
    }
    ws();
    p = pos;
    if (p < b.length && b[p] == c) {
      pos = p + 1;
      return true;
    }
    return false;
  }

  /**
   * Skips whitespace and returns the next byte, consuming it; 0 at the end (0 is never valid there,
   * so callers treat it as "not sure").
   */
  byte next() {
    int p = pos;
    if (p < b.length) {
      byte c = b[p];
      if (c > ' ') {
        pos = p + 1;
        return c;
      }
    }
    ws();
    p = pos;
    if (p < b.length) {
      pos = p + 1;
      return b[p];
    }
    return 0;
  }

  /** Whether only whitespace is left. */
  public boolean atEnd() {
    ws();
    return pos == b.length;
  }

  /**
   * The index of the quote closing a string whose first content character is at {@code i}, or -1
   * when a backslash (escape), a control character (invalid in JSON strings) or the end comes
   * first. Eight characters per step.
   */
  int stringEnd(int i) {
    byte[] b = this.b;
    int n = b.length;
    while (i + 8 <= n) {
      long x = word(b, i);
      long q = x ^ QUOTES;
      long s = x ^ BACKSLASHES;
      long m = ((q - ONES) & ~q) | ((s - ONES) & ~s) | ((x - SPACES) & ~x);
      m &= HIGHS;
      if (m != 0) {
        // The lowest flagged byte is a true match (borrows only propagate upwards).
        int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
        return b[j] == '"' ? j : -1;
      }
      i += 8;
    }
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * The index of the first quote at or after {@code i}, or -1. Unlike {@link #stringEnd} it does
   * not look for escapes or control characters: callers compare the characters before the quote
   * with a constant that has neither, which proves the quote closes the string.
   */
  int quote(int i) {
    byte[] b = this.b;
    int n = b.length;
    while (i + 8 <= n) {
      long q = word(b, i) ^ QUOTES;
      long m = (q - ONES) & ~q & HIGHS;
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      i += 8;
    }
    while (i < n) {
      if (b[i] == '"') {
        return i;
      }
      i++;
    }
    return -1;
  }

  /**
   * Reads a string whose opening quote is next (after whitespace): returns it cut from the original
   * text, or null when it is not a plain string (escapes, control characters) or longer than {@code
   * maxLength} characters ({@code < 0}: no limit).
   */
  String string(int maxLength) {
    if (!consume('"')) {
      return null;
    }
    int start = pos;
    int end = stringEnd(start);
    if (end < 0 || (maxLength >= 0 && end - start > maxLength)) {
      return null;
    }
    pos = end + 1;
    return text.substring(start, end);
  }

  /**
   * Like {@link #string(int)} after the opening quote has been consumed: the rest of the string,
   * cut from the original text, or null when it is not a plain string or too long.
   */
  String stringRest(int maxLength) {
    int start = pos;
    int end = stringEnd(start);
    if (end < 0 || (maxLength >= 0 && end - start > maxLength)) {
      return null;
    }
    pos = end + 1;
    return text.substring(start, end);
  }

  /**
   * Reads a plain string whose opening quote is next and returns the index of its first character;
   * {@link #pos} is left after the closing quote, whose index is {@code pos - 1}. -1 when not sure.
   */
  int stringSpan() {
    if (!consume('"')) {
      return -1;
    }
    int start = pos;
    int end = stringEnd(start);
    if (end < 0) {
      return -1;
    }
    pos = end + 1;
    return start;
  }

  /**
   * Reads a JSON integer of at most nine digits (so it fits an {@code int} whatever its sign) that
   * is followed by whitespace, {@code ','}, {@code '}'} or {@code ']'}; returns it, or {@code
   * Long.MIN_VALUE} when the number is anything else (leading zeros, fraction, exponent, longer).
   */
  long int9() {
    ws();
    byte[] b = this.b;
    int p = pos;
    int n = b.length;
    boolean negative = p < n && b[p] == '-';
    if (negative) {
      p++;
    }
    if (p >= n) {
      return Long.MIN_VALUE;
    }
    int d = b[p] - '0';
    if (d < 0 || d > 9) {
      return Long.MIN_VALUE;
    }
    int start = p;
    int value = d;
    p++;
    while (p < n) {
      int e = b[p] - '0';
      if (e < 0 || e > 9) {
        break;
      }
      value = value * 10 + e;
      p++;
      if (p - start > 9) {
        return Long.MIN_VALUE;
      }
    }
    if ((d == 0 && p - start > 1) || p >= n || !endsNumber(b[p])) {
      return Long.MIN_VALUE;
    }
    pos = p;
    return negative ? -value : value;
  }

  /**
   * Reads a JSON number without exponent and with at most 18 digits, followed by whitespace, {@code
   * ','}, {@code '}'} or {@code ']'}, to the {@code BigDecimal} Jackson's {@code getDecimalValue}
   * gives (same unscaled value and scale); null for anything else.
   */
  BigDecimal decimal18() {
    ws();
    byte[] b = this.b;
    int p = pos;
    int n = b.length;
    boolean negative = p < n && b[p] == '-';
    if (negative) {
      p++;
    }
    int start = p;
    long unscaled = 0;
    while (p < n) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      unscaled = unscaled * 10 + d;
      p++;
    }
    int intDigits = p - start;
    if (intDigits == 0 || (b[start] == '0' && intDigits > 1)) {
      return null;
    }
    int scale = 0;
    if (p < n && b[p] == '.') {
      p++;
      int fracStart = p;
      while (p < n) {
        int d = b[p] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        unscaled = unscaled * 10 + d;
        p++;
      }
      scale = p - fracStart;
      if (scale == 0) {
        return null;
      }
    }
    if (intDigits + scale > 18 || p >= n || !endsNumber(b[p])) {
      return null;
    }
    pos = p;
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * Skips whitespace and, when a field name (a quote) is next, returns its first character without
   * consuming anything; 0 otherwise.
   */
  byte nameStart() {
    byte[] b = this.b;
    int p = pos;
    if (p + 1 < b.length && b[p] == '"') {
      return b[p + 1];
    }
    ws();
    p = pos;
    return p + 1 < b.length && b[p] == '"' ? b[p + 1] : 0;
  }

  /** Reads a date-time string with {@link Timestamps#parseExact}; null when not certain. */
  Instant instant() {
    int start = stringSpan();
    return start < 0 ? null : Timestamps.parseExact(b, start, pos - 1 - start);
  }

  private static final Lit TRUE = new Lit("true");
  private static final Lit FALSE = new Lit("false");

  /** Reads {@code true} or {@code false} followed by a delimiter; null for anything else. */
  Boolean bool() {
    ws();
    int p = pos;
    Boolean value;
    int end;
    if (TRUE.at(b, p)) {
      value = Boolean.TRUE;
      end = p + 4;
    } else if (FALSE.at(b, p)) {
      value = Boolean.FALSE;
      end = p + 5;
    } else {
      return null;
    }
    if (end >= b.length || !endsNumber(b[end])) {
      return null;
    }
    pos = end;
    return value;
  }

  static boolean endsNumber(byte c) {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * Whether {@code lit} follows (after whitespace); consumes it if so. Used for quoted field names,
   * whose closing quote makes a prefix match impossible.
   */
  boolean literal(Lit lit) {
    int p = pos;
    if (p < b.length && b[p] <= ' ') {
      ws();
      p = pos;
    }
    if (lit.at(b, p)) {
      pos = p + lit.length;
      return true;
    }
    return false;
  }

  /**
   * Consumes a field name, its colon and the opening quote of its string value: {@code compact} is
   * the three without whitespace ({@code "unit":"}), tried first; otherwise {@code name} and then
   * the colon and the quote with whitespace allowed. False when not there.
   */
  boolean stringField(Lit compact, Lit name) {
    int p = pos;
    if (compact.at(b, p)) {
      pos = p + compact.length;
      return true;
    }
    return literal(name) && consume(':') && consume('"');
  }

  /**
   * Consumes {@code lit} when it comes next, exactly (no whitespace skipped): the fast check for
   * the member a decoder expects next, e.g. {@code ,"unit":"} in schema order without whitespace.
   */
  boolean expect(Lit lit) {
    int p = pos;
    if (lit.at(b, p)) {
      pos = p + lit.length;
      return true;
    }
    return false;
  }

  /** Consumes {@code c} when it is the next byte, exactly (no whitespace skipped). */
  boolean expectByte(char c) {
    int p = pos;
    if (p < b.length && b[p] == c) {
      pos = p + 1;
      return true;
    }
    return false;
  }

  /** Whether the next byte (after whitespace) is {@code c}, without consuming it. */
  byte peek() {
    ws();
    return pos < b.length ? b[pos] : 0;
  }

  /**
   * A constant string compared against the bytes in 8-byte words (all characters must be ASCII; the
   * constants are field names and enumeration values).
   */
  static final class Lit {
    final String value;
    final int length;
    private final byte[] bytes;

    /** Bytes 0-7 (zero-padded below 8 characters). */
    private final long first;

    /** Bytes 8-15, compared for constants of 17 to 24 characters. */
    private final long second;

    /** The last 8 bytes, for constants of 9 or more characters. */
    private final long last;

    private final long mask;

    Lit(String value) {
      this.value = value;
      this.bytes = value.getBytes(StandardCharsets.US_ASCII);
      this.length = bytes.length;
      for (byte c : bytes) {
        if (c < 0x20 || c == '\\') {
          throw new IllegalArgumentException(value);
        }
      }
      byte[] padded = Arrays.copyOf(bytes, Math.max(16, length));
      first = word(padded, 0);
      second = word(padded, 8);
      last = length >= 8 ? word(bytes, length - 8) : 0;
      mask = length >= 8 ? -1L : length == 0 ? 0 : -1L >>> (64 - 8 * length);
    }

    /** Whether {@code b[p..p+length)} equals this constant. */
    boolean at(byte[] b, int p) {
      int len = length;
      if (p + Math.max(len, 8) > b.length || len > 24) {
        return atByBytes(b, p);
      }
      long x = word(b, p);
      if (len <= 8) {
        return (x & mask) == first;
      }
      return x == first && word(b, p + len - 8) == last && (len <= 16 || word(b, p + 8) == second);
    }

    /** {@link #at} one byte at a time: near the end of the text, or for long constants. */
    private boolean atByBytes(byte[] b, int p) {
      return p + length <= b.length && Arrays.equals(b, p, p + length, bytes, 0, length);
    }
  }
}
