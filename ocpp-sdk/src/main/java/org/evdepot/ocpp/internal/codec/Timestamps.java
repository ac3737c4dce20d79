package org.evdepot.ocpp.internal.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.ViolationKind;

/**
 * RFC 3339 date-times as OCPP uses them, parsed and formatted without {@code DateTimeFormatter} on
 * the hot path.
 *
 * <p>Accepted: {@code 2026-11-27T08:15:00Z}, any number of fraction digits (nanoseconds kept, more
 * than nine digits truncated), offsets {@code Z}, {@code z}, {@code +02:00}, {@code -05:30}; the
 * separator {@code T} or {@code t}. A date-time without an offset is a TYPE violation in strict
 * mode and read as UTC with a warning in lenient mode.
 *
 * <p>Written: always UTC with {@code Z}, with no fraction when the instant has whole seconds and
 * otherwise exactly three fraction digits (sub-millisecond precision is dropped: OCPP 2.0.1 part 2
 * section 2.1.3 allows at most three).
 */
public final class Timestamps {
  private Timestamps() {}

  /** Parses {@code s}; violations use {@code field} as their path. */
  public static Instant parse(String s, DecodeContext ctx, String field) {
    int n = s.length();
    if (n < 19) {
      throw bad(s, field);
    }
    int year = digits(s, 0, 4, field);
    expect(s, 4, '-', field);
    int month = digits(s, 5, 2, field);
    expect(s, 7, '-', field);
    int day = digits(s, 8, 2, field);
    char sep = s.charAt(10);
    if (sep != 'T' && sep != 't') {
      throw bad(s, field);
    }
    int hour = digits(s, 11, 2, field);
    expect(s, 13, ':', field);
    int minute = digits(s, 14, 2, field);
    expect(s, 16, ':', field);
    int second = digits(s, 17, 2, field);
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      int scale = 100_000_000;
      while (i < n) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        nanos += (c - '0') * scale;
        scale /= 10;
        i++;
      }
      if (i == start) {
        throw bad(s, field);
      }
    }
    int offsetSeconds;
    if (i == n) {
      ctx.recoverable(
          ViolationKind.TYPE, field, "date-time " + Codecs.echo(s) + " has no UTC offset");
      offsetSeconds = 0;
    } else {
      char c = s.charAt(i);
      if (c == 'Z' || c == 'z') {
        offsetSeconds = 0;
        i++;
      } else if ((c == '+' || c == '-') && i + 6 == n) {
        int oh = digits(s, i + 1, 2, field);
        expect(s, i + 3, ':', field);
        int om = digits(s, i + 4, 2, field);
        if (oh > 18 || om > 59) {
          throw bad(s, field);
        }
        offsetSeconds = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        i += 6;
      } else {
        throw bad(s, field);
      }
      if (i != n) {
        throw bad(s, field);
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw bad(s, field);
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      throw bad(s, field);
    }
    long seconds = epochDay * 86_400L + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Formats {@code t} as UTC with at most three fraction digits. */
  public static String format(Instant t) {
    long seconds = t.getEpochSecond();
    int millis = t.getNano() / 1_000_000;
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
    char[] b = new char[millis == 0 ? 20 : 24];
    put(b, 0, year, 4);
    b[4] = '-';
    put(b, 5, date.getMonthValue(), 2);
    b[7] = '-';
    put(b, 8, date.getDayOfMonth(), 2);
    b[10] = 'T';
    put(b, 11, secondOfDay / 3600, 2);
    b[13] = ':';
    put(b, 14, secondOfDay / 60 % 60, 2);
    b[16] = ':';
    put(b, 17, secondOfDay % 60, 2);
    if (millis != 0) {
      b[19] = '.';
      put(b, 20, millis, 3);
    }
    b[b.length - 1] = 'Z';
    return new String(b);
  }

  /** The same instant as an offset date-time in UTC, for callers that prefer one. */
  public static java.time.OffsetDateTime atUtc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  private static void put(char[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int digits(String s, int at, int count, String field) {
    if (at + count > s.length()) {
      throw bad(s, field);
    }
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw bad(s, field);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static void expect(String s, int at, char c, String field) {
    if (s.charAt(at) != c) {
      throw bad(s, field);
    }
  }

  private static OcppDecodeException bad(String s, String field) {
    return new OcppDecodeException(
        ViolationKind.TYPE, field, Codecs.echo(s) + " is not an RFC 3339 date-time");
  }
}
