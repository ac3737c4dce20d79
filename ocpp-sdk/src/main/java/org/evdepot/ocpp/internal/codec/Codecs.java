package org.evdepot.ocpp.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.codec.ViolationKind;
import org.evdepot.ocpp.codec.WireEnum;

/**
 * Token readers and checks called by the generated codecs. Every reader expects the parser's
 * current token to be the first token of the value it reads and leaves the parser on the value's
 * last token. Violations are reported with {@code field} as their path; callers that nest add the
 * parent's path with {@link OcppDecodeException#under(String)}.
 */
public final class Codecs {
  private static final int MAX_ECHO = 60;
  private static final int MAX_SCALE = 100;

  private Codecs() {}

  // ---------------------------------------------------------------- errors

  /** A required field was absent. */
  public static OcppDecodeException missing(String field) {
    return new OcppDecodeException(ViolationKind.OCCURRENCE, field, "required field is missing");
  }

  /** The value at {@code field} has the wrong JSON type. */
  public static OcppDecodeException wrongType(String field, String expected, JsonToken actual) {
    return new OcppDecodeException(
        ViolationKind.TYPE, field, "expected " + expected + " but found " + describe(actual));
  }

  /** The value at {@code field} breaks a property constraint (enum, length, bounds, multipleOf). */
  public static OcppDecodeException property(String field, String message) {
    return new OcppDecodeException(ViolationKind.PROPERTY, field, message);
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }

  /** Quotes {@code s} for a message, cut to a readable length. */
  public static String echo(String s) {
    return s.length() <= MAX_ECHO ? "'" + s + "'" : "'" + s.substring(0, MAX_ECHO) + "...'";
  }

  // ---------------------------------------------------------------- structure

  /** Checks that the current token opens a payload object; anything else is a FORMAT violation. */
  public static void startPayload(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw new OcppDecodeException(
          ViolationKind.FORMAT, "", "payload must be a JSON object but is " + describe(t));
    }
  }

  /**
   * Skips the value of an unknown field (the current token is its first token) after reporting it:
   * a FORMAT violation in strict mode, a warning in lenient mode ({@code additionalProperties:
   * false}).
   */
  public static void unknownField(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    ctx.recoverable(ViolationKind.FORMAT, field, "unknown field");
    p.skipChildren();
  }

  /** Reads a nested object with {@code codec}; violations inside get {@code field} as prefix. */
  public static <T> T readObject(
      JsonParser p, DecodeContext ctx, String field, MessageCodec<T> codec) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(field, "an object", p.currentToken());
    }
    int warnings = ctx.warningCount();
    T value;
    try {
      value = codec.read(p, ctx);
    } catch (OcppDecodeException e) {
      throw e.under(field);
    }
    if (ctx.warningCount() != warnings) {
      ctx.prefixWarnings(warnings, field);
    }
    return value;
  }

  /**
   * Reads an array whose items are read by {@code reader}, checking {@code minItems} and {@code
   * maxItems} ({@code max < 0}: unbounded). Returns an immutable list.
   */
  public static <T> List<T> readList(
      JsonParser p, DecodeContext ctx, String field, int min, int max, ElementReader<T> reader)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(field, "an array", p.currentToken());
    }
    int warnings = ctx.warningCount();
    List<T> result;
    int index = 0;
    try {
      if (p.nextToken() == JsonToken.END_ARRAY) {
        result = List.of();
      } else {
        T first = element(p, ctx, reader, 0);
        index++;
        if (p.nextToken() == JsonToken.END_ARRAY) {
          result = List.of(first);
        } else {
          ArrayList<T> list = new ArrayList<>();
          list.add(first);
          do {
            list.add(element(p, ctx, reader, index));
            index++;
          } while (p.nextToken() != JsonToken.END_ARRAY);
          result = List.copyOf(list);
        }
      }
    } catch (OcppDecodeException e) {
      throw e.under("[" + index + "]").under(field);
    }
    if (ctx.warningCount() != warnings) {
      ctx.prefixWarnings(warnings, field);
    }
    int size = result.size();
    if (size < min) {
      throw new OcppDecodeException(
          ViolationKind.OCCURRENCE,
          field,
          "has " + size + " items but at least " + min + " are required");
    }
    if (max >= 0 && size > max) {
      throw new OcppDecodeException(
          ViolationKind.OCCURRENCE,
          field,
          "has " + size + " items but at most " + max + " are allowed");
    }
    return result;
  }

  private static <T> T element(JsonParser p, DecodeContext ctx, ElementReader<T> reader, int index)
      throws IOException {
    int warnings = ctx.warningCount();
    T value = reader.read(p, ctx);
    if (ctx.warningCount() != warnings) {
      ctx.prefixWarnings(warnings, "[" + index + "]");
    }
    return value;
  }

  // ---------------------------------------------------------------- scalars

  /** Reads a string of at most {@code maxLength} characters ({@code maxLength < 0}: no limit). */
  public static String readString(JsonParser p, String field, int maxLength) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string", p.currentToken());
    }
    String s = p.getText();
    if (maxLength >= 0 && s.length() > maxLength) {
      int length = s.codePointCount(0, s.length());
      if (length > maxLength) {
        throw property(field, "length " + length + " exceeds maxLength " + maxLength);
      }
    }
    return s;
  }

  /** Whether {@code text[offset..]} starts with exactly the characters of {@code s}. */
  public static boolean sameText(String s, char[] text, int offset) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (text[offset + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Resolves an enumeration value that is not an exact member: in lenient mode a member that
   * differs only in case is accepted with a warning; otherwise a PROPERTY violation.
   */
  public static <E extends Enum<E> & WireEnum> E enumFallback(
      E[] values, String text, DecodeContext ctx, String field) {
    for (E e : values) {
      if (e.wireValue().equalsIgnoreCase(text)) {
        ctx.recoverable(
            ViolationKind.PROPERTY,
            field,
            echo(text) + " differs in case from the enumeration value '" + e.wireValue() + "'");
        return e;
      }
    }
    String type = values.length == 0 ? "" : " of " + values[0].getDeclaringClass().getSimpleName();
    throw property(field, echo(text) + " is not a value" + type);
  }

  /** Reads a JSON integer that fits in an {@code int}. */
  public static int readInt(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(field, "an integer", t);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new OcppDecodeException(
          ViolationKind.TYPE, field, "integer " + echo(p.getText()) + " is out of range");
    }
    return p.getIntValue();
  }

  /**
   * Reads a JSON number exactly. Numbers with an absurd exponent ({@code 1e999999999}) are a TYPE
   * violation: they fit in a few bytes of JSON but would take gigabytes as plain digits.
   */
  public static BigDecimal readDecimal(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return BigDecimal.valueOf(p.getIntValue());
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(field, "a number", t);
    }
    BigDecimal d;
    try {
      d = p.getDecimalValue();
    } catch (NumberFormatException e) {
      // Jackson refuses exponents beyond an int (1e99999999999999999999) this way.
      throw new OcppDecodeException(
          ViolationKind.TYPE, field, "number " + echo(p.getText()) + " is out of range");
    }
    if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
      throw new OcppDecodeException(
          ViolationKind.TYPE, field, "number " + echo(p.getText()) + " is out of range");
    }
    return d;
  }

  /** Reads a JSON boolean. */
  public static boolean readBoolean(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType(field, "a boolean", t);
  }

  /** Reads an RFC 3339 date-time; see {@link Timestamps#parse}. */
  public static java.time.Instant readInstant(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a date-time string", p.currentToken());
    }
    return Timestamps.parse(
        p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), ctx, field);
  }

  /** Checks {@code minimum} on an integer. */
  public static int minimum(int value, long min, String field) {
    if (value < min) {
      throw property(field, value + " is less than the minimum " + min);
    }
    return value;
  }

  /** Checks {@code maximum} on an integer. */
  public static int maximum(int value, long max, String field) {
    if (value > max) {
      throw property(field, value + " is greater than the maximum " + max);
    }
    return value;
  }

  /** Checks {@code minimum} on a number. */
  public static BigDecimal minimum(BigDecimal value, BigDecimal min, String field) {
    if (value.compareTo(min) < 0) {
      throw property(field, value.toPlainString() + " is less than the minimum " + min);
    }
    return value;
  }

  /** Checks {@code maximum} on a number. */
  public static BigDecimal maximum(BigDecimal value, BigDecimal max, String field) {
    if (value.compareTo(max) > 0) {
      throw property(field, value.toPlainString() + " is greater than the maximum " + max);
    }
    return value;
  }

  /** Checks {@code multipleOf} exactly. */
  public static BigDecimal multipleOf(BigDecimal value, BigDecimal factor, String field) {
    if (value.remainder(factor).signum() != 0) {
      throw property(field, value.toPlainString() + " is not a multiple of " + factor);
    }
    return value;
  }

  // ---------------------------------------------------------------- writing

  /** Writes a number exactly, never in exponent notation. */
  public static void writeDecimal(JsonGenerator g, BigDecimal value) throws IOException {
    g.writeNumber(value.toPlainString());
  }

  /** Writes an instant as UTC with at most millisecond precision (OCPP 2.0.1 part 2 2.1.3). */
  public static void writeInstant(JsonGenerator g, java.time.Instant value) throws IOException {
    g.writeString(Timestamps.format(value));
  }

  // ---------------------------------------------------------------- encode-side validation

  /** Adds a PROPERTY violation when {@code value} is longer than {@code maxLength}. */
  public static void checkLength(List<Violation> out, String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      int length = value.codePointCount(0, value.length());
      if (length > maxLength) {
        out.add(
            new Violation(
                ViolationKind.PROPERTY,
                field,
                "length " + length + " exceeds maxLength " + maxLength));
      }
    }
  }

  /**
   * Adds an OCCURRENCE violation when the list size is outside [min, max] ({@code max < 0}: no
   * maximum).
   */
  public static void checkItems(
      List<Violation> out, String field, List<?> value, int min, int max) {
    if (value == null) {
      return;
    }
    int size = value.size();
    if (size < min) {
      out.add(
          new Violation(
              ViolationKind.OCCURRENCE,
              field,
              "has " + size + " items but at least " + min + " are required"));
    } else if (max >= 0 && size > max) {
      out.add(
          new Violation(
              ViolationKind.OCCURRENCE,
              field,
              "has " + size + " items but at most " + max + " are allowed"));
    }
  }

  /** Adds a PROPERTY violation when an integer is outside [min, max]. */
  public static void checkRange(
      List<Violation> out, String field, Integer value, long min, long max) {
    if (value != null && (value < min || value > max)) {
      out.add(
          new Violation(
              ViolationKind.PROPERTY,
              field,
              value + " is outside [" + rangeEnd(min) + ", " + rangeEnd(max) + "]"));
    }
  }

  private static String rangeEnd(long v) {
    return v == Long.MIN_VALUE ? "-inf" : v == Long.MAX_VALUE ? "inf" : Long.toString(v);
  }

  /** Adds a PROPERTY violation when a number is outside [min, max] (null bounds: none). */
  public static void checkRange(
      List<Violation> out, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value == null) {
      return;
    }
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      out.add(
          new Violation(
              ViolationKind.PROPERTY,
              field,
              value.toPlainString()
                  + " is outside ["
                  + (min == null ? "-inf" : min)
                  + ", "
                  + (max == null ? "inf" : max)
                  + "]"));
    }
  }

  /** Adds a PROPERTY violation when a number is not a multiple of {@code factor}. */
  public static void checkMultipleOf(
      List<Violation> out, String field, BigDecimal value, BigDecimal factor) {
    if (value != null && value.remainder(factor).signum() != 0) {
      out.add(
          new Violation(
              ViolationKind.PROPERTY,
              field,
              value.toPlainString() + " is not a multiple of " + factor));
    }
  }

  /** Validates a nested object and adds its violations under {@code field}. */
  public static <T> void checkNested(
      List<Violation> out, String field, MessageCodec<T> codec, T value) {
    if (value != null) {
      for (Violation v : codec.validate(value)) {
        out.add(v.under(field));
      }
    }
  }

  /** Validates each object of a list and adds their violations under {@code field[i]}. */
  public static <T> void checkNestedList(
      List<Violation> out, String field, MessageCodec<T> codec, List<T> values) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        for (Violation v : codec.validate(values.get(i))) {
          out.add(v.under("[" + i + "]").under(field));
        }
      }
    }
  }

  /** Checks the length of each string of a list. */
  public static void checkLengths(
      List<Violation> out, String field, List<String> values, int maxLength) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        checkLength(out, field + "[" + i + "]", values.get(i), maxLength);
      }
    }
  }
}
