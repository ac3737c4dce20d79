package org.evdepot.ocpp.internal.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evdepot.ocpp.codec.WireEnum;

/**
 * The exact wire values of one generated enumeration, grouped by length, for the fast decoders: a
 * value is matched by its length and then 8-byte word comparisons against a flat array of the
 * candidates' words, without creating a {@code String}. Only exact matches count; anything else
 * (wrong case, unknown value) is left to the generic codec, which reports it or, in lenient mode,
 * tolerates it with a warning.
 *
 * @param <E> the enumeration
 */
final class WireTable<E extends Enum<E> & WireEnum> {
  /** Longer wire values are compared byte by byte (no OCPP enumeration has one). */
  private static final int MAX_WORDS_LENGTH = 32;

  /** Per length: each candidate's bytes 0-7 (zero-padded below 8). */
  private final long[][] firsts;

  /** Per length: each candidate's last 8 bytes (lengths of 8 and more). */
  private final long[][] lasts;

  /** Per length: each candidate's bytes 8-15 (lengths above 16). */
  private final long[][] seconds;

  /** Per length: each candidate's bytes 16-23 (lengths above 24). */
  private final long[][] thirds;

  private final Object[][] constants;
  private final byte[][][] bytes;

  WireTable(E[] values) {
    int max = 0;
    for (E e : values) {
      max = Math.max(max, e.wireValue().length());
    }
    List<List<E>> byLength = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      byLength.add(new ArrayList<>());
    }
    for (E e : values) {
      byLength.get(e.wireValue().length()).add(e);
    }
    firsts = new long[max + 1][];
    lasts = new long[max + 1][];
    seconds = new long[max + 1][];
    thirds = new long[max + 1][];
    constants = new Object[max + 1][];
    bytes = new byte[max + 1][][];
    for (int len = 0; len <= max; len++) {
      List<E> group = byLength.get(len);
      int n = group.size();
      firsts[len] = new long[n];
      lasts[len] = new long[n];
      seconds[len] = new long[n];
      thirds[len] = new long[n];
      constants[len] = new Object[n];
      bytes[len] = new byte[n][];
      for (int c = 0; c < n; c++) {
        byte[] v = group.get(c).wireValue().getBytes(StandardCharsets.US_ASCII);
        byte[] padded = Arrays.copyOf(v, Math.max(24, len));
        bytes[len][c] = v;
        constants[len][c] = group.get(c);
        firsts[len][c] = JsonScan.word(padded, 0);
        seconds[len][c] = JsonScan.word(padded, 8);
        thirds[len][c] = JsonScan.word(padded, 16);
        lasts[len][c] = len >= 8 ? JsonScan.word(v, len - 8) : 0;
      }
    }
  }

  /**
   * Reads a string value (opening quote next, after whitespace) that is exactly one wire value;
   * null when it is anything else.
   */
  @SuppressWarnings("unchecked")
  E read(JsonScan s) {
    return s.consume('"') ? readRest(s) : null;
  }

  /**
   * Reads a member of this enumeration whose name is next ({@code compact} is name, colon and quote
   * without whitespace, see {@link JsonScan#stringField}); null when it is not there, when {@code
   * current} is not null (the member came twice) or when its value is not a wire value.
   */
  E readField(JsonScan s, E current, JsonScan.Lit compact, JsonScan.Lit name) {
    return current == null && s.stringField(compact, name) ? readRest(s) : null;
  }

  /** Like {@link #read} after the opening quote has been consumed. */
  @SuppressWarnings("unchecked")
  E readRest(JsonScan s) {
    int start = s.pos;
    // The first quote, escaped or not: a wire value has no backslash or control character, so
    // when the characters before it equal one, the string is exactly that value.
    int end = s.quote(start);
    int len = end - start;
    if (end < 0 || len >= firsts.length) {
      return null;
    }
    byte[] b = s.b;
    if (start + Math.max(len, 8) > b.length || len > MAX_WORDS_LENGTH) {
      return readByBytes(s, start, end);
    }
    long[] f = firsts[len];
    long x = JsonScan.word(b, start);
    if (len < 8) {
      x &= -1L >>> (64 - 8 * len);
      for (int c = 0; c < f.length; c++) {
        if (f[c] == x) {
          s.pos = end + 1;
          return (E) constants[len][c];
        }
      }
      return null;
    }
    long[] l = lasts[len];
    long y = JsonScan.word(b, end - 8);
    for (int c = 0; c < f.length; c++) {
      if (f[c] == x
          && l[c] == y
          && (len <= 16 || seconds[len][c] == JsonScan.word(b, start + 8))
          && (len <= 24 || thirds[len][c] == JsonScan.word(b, start + 16))) {
        s.pos = end + 1;
        return (E) constants[len][c];
      }
    }
    return null;
  }

  /** {@link #readRest} one byte at a time: near the end of the text, or for long values. */
  @SuppressWarnings("unchecked")
  private E readByBytes(JsonScan s, int start, int end) {
    int len = end - start;
    byte[][] candidates = bytes[len];
    for (int c = 0; c < candidates.length; c++) {
      if (Arrays.equals(s.b, start, end, candidates[c], 0, len)) {
        s.pos = end + 1;
        return (E) constants[len][c];
      }
    }
    return null;
  }
}
