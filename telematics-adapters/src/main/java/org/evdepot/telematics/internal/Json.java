package org.evdepot.telematics.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Lenient field readers: a missing, null or wrongly typed field reads as absent. */
public final class Json {
  private Json() {}

  /** A number field, or {@code NaN} when absent, null or not a number. */
  public static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      return Double.NaN;
    }
    return v.doubleValue();
  }

  /** Whether a field holds an integral number. */
  public static boolean hasLong(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isIntegralNumber();
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
}
