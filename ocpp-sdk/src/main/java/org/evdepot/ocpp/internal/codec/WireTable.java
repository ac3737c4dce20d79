package org.evdepot.ocpp.internal.codec;

import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.codec.WireEnum;

/**
 * The exact wire values of one generated enumeration, grouped by length, for the fast decoders: a
 * value is matched by its length and then 8-byte word comparisons, without creating a {@code
 * String}. Only exact matches count; anything else (wrong case, unknown value) is left to the
 * generic codec, which reports it or, in lenient mode, tolerates it with a warning.
 *
 * @param <E> the enumeration
 */
final class WireTable<E extends Enum<E> & WireEnum> {
  private final JsonScan.Lit[][] lits;
  private final Object[][] constants;

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
    lits = new JsonScan.Lit[max + 1][];
    constants = new Object[max + 1][];
    for (int len = 0; len <= max; len++) {
      List<E> group = byLength.get(len);
      lits[len] = new JsonScan.Lit[group.size()];
      constants[len] = new Object[group.size()];
      for (int i = 0; i < group.size(); i++) {
        lits[len][i] = new JsonScan.Lit(group.get(i).wireValue());
        constants[len][i] = group.get(i);
      }
    }
  }

  /**
   * Reads a string value (opening quote next, after whitespace) that is exactly one wire value;
   * null when it is anything else.
   */
  @SuppressWarnings("unchecked")
  E read(JsonScan s) {
    int start = s.stringSpan();
    if (start < 0) {
      return null;
    }
    int len = s.pos - 1 - start;
    if (len >= lits.length) {
      return null;
    }
    JsonScan.Lit[] candidates = lits[len];
    for (int i = 0; i < candidates.length; i++) {
      if (candidates[i].at(s.b, start)) {
        return (E) constants[len][i];
      }
    }
    return null;
  }
}
