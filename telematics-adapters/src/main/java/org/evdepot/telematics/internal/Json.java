package org.evdepot.telematics.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Lenient field readers: a missing, null or wrongly typed field reads as absent. */
public final class Json {
  private Json() {}

  /** Magnitudes beyond this are no telematics quantity in any unit; they read as absent. */
  public static final double MAX_MAGNITUDE = 1e15;

  /**
   * A number field, or {@code NaN} when absent, null, not a number, or beyond {@link
   * #MAX_MAGNITUDE} (so no unit conversion can overflow).
   */
  public static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      return Double.NaN;
    }
    double d = v.doubleValue();
    return Math.abs(d) <= MAX_MAGNITUDE ? d : Double.NaN;
  }

  /** An epoch-milliseconds field as an instant; {@code null} when absent or out of range. */
  public static Instant epochMillis(JsonNode node, String field) {
    if (!hasLong(node, field)) {
      return null;
    }
    long ms = node.get(field).longValue();
    return ms >= 0 && ms <= 253_402_300_799_999L ? Instant.ofEpochMilli(ms) : null;
  }

  /** An epoch-seconds field as an instant; {@code null} when absent or out of range. */
  public static Instant epochSeconds(JsonNode node, String field) {
    if (!hasLong(node, field)) {
      return null;
    }
    long s = node.get(field).longValue();
    return s >= 0 && s <= 253_402_300_799L ? Instant.ofEpochSecond(s) : null;
  }

  /** Whether a field holds an integral number that fits a {@code long}. */
  public static boolean hasLong(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isIntegralNumber() && v.canConvertToLong();
  }

  /** A text field, or {@code null} when absent, null or not text. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** A boolean field, or {@code null} when absent or not a boolean. */
  public static Boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isBoolean() ? v.booleanValue() : null;
  }

  /** An ISO-8601 timestamp field with offset, or {@code null} when absent or unparseable. */
  public static Instant instant(JsonNode node, String field) {
    return instant(text(node, field));
  }

  /**
   * Parses an ISO-8601 timestamp with offset ({@code Z} or {@code +01:00}); {@code null} if bad.
   */
  public static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    Instant fast = fastUtc(text);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} without the general formatter (the form every
   * provider here uses); returns {@code null} for anything else, which the caller then parses the
   * slow way.
   */
  static Instant fastUtc(String s) {
    int len = s.length();
    if (len < 20
        || s.charAt(len - 1) != 'Z'
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (len > 20) {
      if (s.charAt(19) != '.' || len - 21 > 9 || len - 21 < 1) {
        return null;
      }
      int frac = digits(s, 20, len - 21);
      if (frac < 0) {
        return null;
      }
      nanos = frac;
      for (int i = len - 21; i < 9; i++) {
        nanos *= 10;
      }
    } else if (len != 20) {
      return null;
    }
    boolean leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
    int monthLength = month == 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month];
    if (day > monthLength) {
      return null;
    }
    long epochDay = epochDay(year, month, day);
    return Instant.ofEpochSecond(epochDay * 86400 + hour * 3600L + minute * 60L + second, nanos);
  }

  private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-to-days algorithm). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
