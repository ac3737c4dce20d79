package org.evdepot.ocpi.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.evdepot.ocpi.ParsingMode;

/** OCPI DateTime: RFC 3339 in UTC, written with {@code Z}; see OCPI 2.2.1 §16.2. */
public final class InstantCodec {
  private InstantCodec() {}

  /**
   * Parses an OCPI timestamp.
   *
   * @param text the text
   * @param mode strict accepts only {@code Z} or no designator; lenient accepts any offset
   * @return the instant
   * @throws DateTimeParseException when the text is not a timestamp or violates strict mode
   */
  public static Instant parse(String text, ParsingMode mode) {
    String t = text.trim();
    int n = t.length();
    if (n > 0 && (t.charAt(n - 1) == 'Z' || t.charAt(n - 1) == 'z')) {
      return Instant.parse(t.substring(0, n - 1) + 'Z');
    }
    if (!hasNumericOffset(t)) {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }
    OffsetDateTime odt =
        OffsetDateTime.parse(t.replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    if (mode == ParsingMode.STRICT && odt.getOffset().getTotalSeconds() != 0) {
      throw new DateTimeParseException("OCPI timestamps must be UTC: " + t, t, 0);
    }
    return odt.toInstant();
  }

  private static boolean hasNumericOffset(String t) {
    int tIndex = t.indexOf('T');
    if (tIndex < 0) {
      return false;
    }
    for (int i = tIndex + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * Formats an instant as OCPI writes it: {@code 2026-11-27T08:00:00Z}, fractions only when set.
   *
   * @param instant the instant
   * @return the text
   */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Jackson serializer. */
  public static final class Serializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(format(value));
    }
  }

  /** Jackson deserializer bound to a parsing mode. */
  public static final class Deserializer extends JsonDeserializer<Instant> {
    private final ParsingMode mode;

    /**
     * Creates the deserializer.
     *
     * @param mode parsing mode
     */
    public Deserializer(ParsingMode mode) {
      this.mode = mode;
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      try {
        return parse(text, mode);
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, e.getMessage());
      }
    }
  }
}
