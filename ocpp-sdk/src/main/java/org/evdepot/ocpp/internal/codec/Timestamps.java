package org.evdepot.ocpp.internal.codec;

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
 * mode and read as UTC with a warning in lenient mode; so is an offset without its colon ({@code
 * +0200}, {@code +02}), which lenient mode reads with a warning.
 *
 * <p>Written: always UTC with {@code Z}, with no fraction when the instant has whole seconds and
 * otherwise exactly three fraction digits (sub-millisecond precision is dropped: OCPP 2.0.1 part 2
 * section 2.1.3 allows at most three).
 */
public final class Timestamps {
  private Timestamps() {}

  /** Parses {@code s}; violations use {@code field} as their path. */
  public static Instant parse(String s, DecodeContext ctx, String field) {
    char[] chars = s.toCharArray();
    return parse(chars, 0, chars.length, ctx, field);
  }

  /**
   * Parses {@code length} characters of {@code text} from {@code offset} (e.g. a parser's text
   * buffer, so that no string is allocated); violations use {@code field} as their path.
   */
  public static Instant parse(
      char[] text, int offset, int length, DecodeContext ctx, String field) {
    Cursor c = new Cursor(text, offset, length, field);
    int n = length;
    if (n < 19) {
      throw c.bad();
    }
    int year = c.digits(0, 4);
    c.expect(4, '-');
    int month = c.digits(5, 2);
    c.expect(7, '-');
    int day = c.digits(8, 2);
    char sep = c.at(10);
    if (sep != 'T' && sep != 't') {
      throw c.bad();
    }
    int hour = c.digits(11, 2);
    c.expect(13, ':');
    int minute = c.digits(14, 2);
    c.expect(16, ':');
    int second = c.digits(17, 2);
    int i = 19;
    int nanos = 0;
    if (i < n && c.at(i) == '.') {
      i++;
      int start = i;
      int scale = 100_000_000;
      while (i < n) {
        char ch = c.at(i);
        if (ch < '0' || ch > '9') {
          break;
        }
        nanos += (ch - '0') * scale;
        scale /= 10;
        i++;
      }
      if (i == start) {
        throw c.bad();
      }
    }
    int offsetSeconds;
    if (i == n) {
      ctx.recoverable(
          ViolationKind.TYPE,
          field,
          "date-time " + Codecs.echo(new String(text, offset, length)) + " has no UTC offset");
      offsetSeconds = 0;
    } else {
      char ch = c.at(i);
      if (ch == 'Z' || ch == 'z') {
        offsetSeconds = 0;
        i++;
      } else if ((ch == '+' || ch == '-') && i + 6 == n) {
        int oh = c.digits(i + 1, 2);
        c.expect(i + 3, ':');
        int om = c.digits(i + 4, 2);
        if (oh > 18 || om > 59) {
          throw c.bad();
        }
        offsetSeconds = (ch == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        i += 6;
      } else if ((ch == '+' || ch == '-') && (i + 5 == n || i + 3 == n)) {
        // +0200 or +02: not RFC 3339, but some chargers send it.
        ctx.recoverable(
            ViolationKind.TYPE,
            field,
            "date-time "
                + Codecs.echo(new String(text, offset, length))
                + " has an offset without a colon");
        int oh = c.digits(i + 1, 2);
        int om = i + 5 == n ? c.digits(i + 3, 2) : 0;
        if (oh > 18 || om > 59) {
          throw c.bad();
        }
        offsetSeconds = (ch == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        i = n;
      } else {
        throw c.bad();
      }
      if (i != n) {
        throw c.bad();
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      throw c.bad();
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw c.bad();
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds - offsetSeconds, nanos);
  }

  /**
   * The fast decoders' variant of {@link #parse(char[], int, int, DecodeContext, String)}: parses
   * {@code n} one-byte characters of {@code b} from {@code offset} when they are a date-time that
   * strict mode accepts without any warning, to exactly the instant {@code parse} returns; null for
   * everything else (invalid, no offset, offset without colon), which the generic codec then reads
   * and reports.
   */
  static Instant parseExact(byte[] b, int offset, int n) {
    if (n < 20) {
      return null;
    }
    int year = digits(b, offset, 4);
    int month = digits(b, offset + 5, 2);
    int day = digits(b, offset + 8, 2);
    int hour = digits(b, offset + 11, 2);
    int minute = digits(b, offset + 14, 2);
    int second = digits(b, offset + 17, 2);
    byte sep = b[offset + 10];
    if ((year | month | day | hour | minute | second) < 0
        || b[offset + 4] != '-'
        || b[offset + 7] != '-'
        || (sep != 'T' && sep != 't')
        || b[offset + 13] != ':'
        || b[offset + 16] != ':') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (b[offset + i] == '.') {
      i++;
      int start = i;
      int scale = 100_000_000;
      while (i < n) {
        int d = b[offset + i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        nanos += d * scale;
        scale /= 10;
        i++;
      }
      if (i == start || i == n) {
        return null;
      }
    }
    int offsetSeconds;
    byte ch = b[offset + i];
    if ((ch == 'Z' || ch == 'z') && i + 1 == n) {
      offsetSeconds = 0;
    } else if ((ch == '+' || ch == '-') && i + 6 == n) {
      int oh = digits(b, offset + i + 1, 2);
      int om = digits(b, offset + i + 4, 2);
      if (oh < 0 || om < 0 || b[offset + i + 3] != ':' || oh > 18 || om > 59) {
        return null;
      }
      offsetSeconds = (ch == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds - offsetSeconds, nanos);
  }

  /** The value of {@code count} decimal digits at {@code at}; -1 when one is not a digit. */
  private static int digits(byte[] b, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    int yoe = (int) (y - era * 400);
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** Reads characters of one value; every failure is a TYPE violation quoting the value. */
  private static final class Cursor {
    private final char[] text;
    private final int offset;
    private final int length;
    private final String field;

    Cursor(char[] text, int offset, int length, String field) {
      this.text = text;
      this.offset = offset;
      this.length = length;
      this.field = field;
    }

    char at(int i) {
      return text[offset + i];
    }

    int digits(int at, int count) {
      if (at + count > length) {
        throw bad();
      }
      int v = 0;
      for (int i = at; i < at + count; i++) {
        char ch = text[offset + i];
        if (ch < '0' || ch > '9') {
          throw bad();
        }
        v = v * 10 + (ch - '0');
      }
      return v;
    }

    void expect(int at, char ch) {
      if (text[offset + at] != ch) {
        throw bad();
      }
    }

    OcppDecodeException bad() {
      return new OcppDecodeException(
          ViolationKind.TYPE,
          field,
          Codecs.echo(new String(text, offset, length)) + " is not an RFC 3339 date-time");
    }
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
}
