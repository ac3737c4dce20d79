package org.evdepot.incidents.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as written in rule files: {@code 90s}, {@code 10m}, {@code 1h30m}, ISO. */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}, combinations such as
   * {@code 1h30m}, {@code 0}, or an ISO-8601 duration ({@code PT10M}).
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("bad duration '" + text + "'");
    }
    String t = text.trim();
    if (t.equals("0")) {
      return Duration.ZERO;
    }
    if (t.startsWith("P") || t.startsWith("p")) {
      try {
        return Duration.parse(t);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("bad duration '" + text + "'", e);
      }
    }
    Matcher m = PART.matcher(t);
    Duration d = Duration.ZERO;
    int pos = 0;
    while (pos < t.length()) {
      if (!m.find(pos) || m.start() != pos) {
        throw new IllegalArgumentException(
            "bad duration '" + text + "' (use e.g. 500ms, 30s, 10m, 2h, 1d, 1h30m or PT10M)");
      }
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          d = d.plusMillis(n);
          break;
        case "s":
          d = d.plusSeconds(n);
          break;
        case "m":
          d = d.plusMinutes(n);
          break;
        case "h":
          d = d.plusHours(n);
          break;
        default:
          d = d.plusDays(n);
      }
      pos = m.end();
    }
    return d;
  }

  /** Formats as the shortest rule-file form ({@code 1h30m}, {@code 45s}). */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    long h = d.toHours();
    int m = d.toMinutesPart();
    int s = d.toSecondsPart();
    int ms = d.toMillisPart();
    if (h > 0) {
      sb.append(h).append('h');
    }
    if (m > 0) {
      sb.append(m).append('m');
    }
    if (s > 0) {
      sb.append(s).append('s');
    }
    if (ms > 0) {
      sb.append(ms).append("ms");
    }
    return sb.toString();
  }
}
