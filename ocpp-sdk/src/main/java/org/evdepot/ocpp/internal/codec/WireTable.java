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
  /** Per length: the candidates' words, {@code perCandidate[len]} consecutive words each. */
  private final long[][] words;

  private final int[] perCandidate;
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
    words = new long[max + 1][];
    perCandidate = new int[max + 1];
    constants = new Object[max + 1][];
    bytes = new byte[max + 1][][];
    for (int len = 0; len <= max; len++) {
      List<E> group = byLength.get(len);
      int per = len < 8 ? 1 : (len + 7) / 8;
      perCandidate[len] = per;
      words[len] = new long[group.size() * per];
      constants[len] = new Object[group.size()];
      bytes[len] = new byte[group.size()][];
      for (int c = 0; c < group.size(); c++) {
        byte[] v = group.get(c).wireValue().getBytes(StandardCharsets.US_ASCII);
        bytes[len][c] = v;
        constants[len][c] = group.get(c);
        if (len < 8) {
          words[len][c] = JsonScan.word(Arrays.copyOf(v, 8), 0);
        } else {
          for (int k = 0; k < per; k++) {
            words[len][c * per + k] = JsonScan.word(v, k == per - 1 ? len - 8 : 8 * k);
          }
        }
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

  /** Like {@link #read} after the opening quote has been consumed. */
  @SuppressWarnings("unchecked")
  E readRest(JsonScan s) {
    int start = s.pos;
    // The first quote, escaped or not: a wire value has no backslash or control character, so
    // when the characters before it equal one, the string is exactly that value.
    int end = s.quote(start);
    int len = end - start;
    if (end < 0 || len >= words.length) {
      return null;
    }
    byte[] b = s.b;
    long[] w = words[len];
    Object[] cs = constants[len];
    if (len < 8) {
      if (start + 8 > b.length) {
        for (int c = 0; c < cs.length; c++) {
          if (Arrays.equals(b, start, end, bytes[len][c], 0, len)) {
            s.pos = end + 1;
            return (E) cs[c];
          }
        }
        return null;
      }
      long x = JsonScan.word(b, start) & (-1L >>> (64 - 8 * len));
      for (int c = 0; c < cs.length; c++) {
        if (w[c] == x) {
          s.pos = end + 1;
          return (E) cs[c];
        }
      }
      return null;
    }
    int per = perCandidate[len];
    long x0 = JsonScan.word(b, start);
    for (int c = 0, base = 0; c < cs.length; c++, base += per) {
      if (w[base] != x0) {
        continue;
      }
      int k = 1;
      while (k < per && JsonScan.word(b, start + (k == per - 1 ? len - 8 : 8 * k)) == w[base + k]) {
        k++;
      }
      if (k == per) {
        s.pos = end + 1;
        return (E) cs[c];
      }
    }
    return null;
  }
}
