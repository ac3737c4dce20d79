package org.evdepot.ocpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.internal.InstantCodec;

/**
 * The JSON codec for OCPI objects and envelopes: omits null fields, writes timestamps as UTC with
 * {@code Z}, and parses according to a {@link ParsingMode}. Instances are immutable and
 * thread-safe; get them with {@link #strict()}, {@link #lenient()} or {@link #of(ParsingMode)}.
 *
 * <p>Failures become {@link OcpiParseException}: status 2000 for text that is not JSON, 2001 for a
 * missing required field, an unknown field (strict) or a value of the wrong type.
 */
public final class OcpiJson {
  private static final OcpiJson STRICT = new OcpiJson(ParsingMode.STRICT);
  private static final OcpiJson LENIENT = new OcpiJson(ParsingMode.LENIENT);

  private final ParsingMode mode;
  private final ObjectMapper mapper;

  private OcpiJson(ParsingMode mode) {
    this.mode = mode;
    SimpleModule time = new SimpleModule("ocpi-time");
    time.addSerializer(Instant.class, new InstantCodec.Serializer());
    time.addDeserializer(Instant.class, new InstantCodec.Deserializer(mode));
    boolean lenient = mode == ParsingMode.LENIENT;
    this.mapper =
        JsonMapper.builder()
            .addModule(time)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, lenient)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, lenient)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * The strict codec.
   *
   * @return the shared strict instance
   */
  public static OcpiJson strict() {
    return STRICT;
  }

  /**
   * The lenient codec.
   *
   * @return the shared lenient instance
   */
  public static OcpiJson lenient() {
    return LENIENT;
  }

  /**
   * The codec for a mode.
   *
   * @param mode the mode
   * @return the shared instance
   */
  public static OcpiJson of(ParsingMode mode) {
    return Objects.requireNonNull(mode, "mode") == ParsingMode.STRICT ? STRICT : LENIENT;
  }

  /**
   * This codec's mode.
   *
   * @return the mode
   */
  public ParsingMode mode() {
    return mode;
  }

  /**
   * The underlying mapper, for tree manipulation and benchmarks. Do not reconfigure it.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Writes any OCPI object or envelope.
   *
   * @param value the value
   * @return JSON text
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new OcpiException(
          OcpiStatus.SERVER_ERROR, 500, "cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an object.
   *
   * @param json JSON text
   * @param type target type
   * @param <T> target type
   * @return the object
   * @throws OcpiParseException when the text is not JSON or does not fit the type
   */
  public <T> T read(String json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a list of objects.
   *
   * @param json JSON array text
   * @param type element type
   * @param <T> element type
   * @return the list
   */
  public <T> List<T> readList(String json, Class<T> type) {
    return read(json, mapper.getTypeFactory().constructCollectionType(List.class, type));
  }

  /**
   * Reads an envelope whose data is one object.
   *
   * @param json JSON text
   * @param dataType type of {@code data}
   * @param <T> data type
   * @return the envelope
   */
  public <T> OcpiEnvelope<T> readEnvelope(String json, Class<T> dataType) {
    return read(
        json, mapper.getTypeFactory().constructParametricType(OcpiEnvelope.class, dataType));
  }

  /**
   * Reads an envelope whose data is a list.
   *
   * @param json JSON text
   * @param elementType element type
   * @param <T> element type
   * @return the envelope
   */
  public <T> OcpiEnvelope<List<T>> readListEnvelope(String json, Class<T> elementType) {
    JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
    return read(json, mapper.getTypeFactory().constructParametricType(OcpiEnvelope.class, list));
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json JSON text
   * @return the tree
   * @throws OcpiParseException (2000) when the text is not JSON
   */
  public JsonNode tree(String json) {
    if (json == null || json.isBlank()) {
      throw new OcpiParseException(OcpiStatus.CLIENT_ERROR, "request body is empty", null);
    }
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OcpiParseException(
          OcpiStatus.CLIENT_ERROR, "malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Converts a tree to an object, with the same error mapping as {@link #read(String, Class)}.
   *
   * @param node the tree
   * @param type the target type
   * @param <T> target type
   * @return the object
   */
  public <T> T convert(JsonNode node, Class<T> type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw mapError(e);
    } catch (IllegalArgumentException e) {
      throw new OcpiParseException(OcpiStatus.INVALID_OR_MISSING_PARAMETERS, e.getMessage(), e);
    }
  }

  /**
   * Converts an object to a tree.
   *
   * @param value the object
   * @return the tree
   */
  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  private <T> T read(String json, JavaType type) {
    if (json == null || json.isBlank()) {
      throw new OcpiParseException(OcpiStatus.CLIENT_ERROR, "body is empty", null);
    }
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw mapError(e);
    }
  }

  private static OcpiParseException mapError(JsonProcessingException e) {
    if (e instanceof ValueInstantiationException vie) {
      Throwable cause = vie.getCause() != null ? vie.getCause() : vie;
      return new OcpiParseException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS, String.valueOf(cause.getMessage()), e);
    }
    if (e instanceof UnrecognizedPropertyException upe) {
      return new OcpiParseException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "unknown field '" + upe.getPropertyName() + "' at " + path(upe),
          e);
    }
    if (e instanceof InvalidFormatException ife) {
      return new OcpiParseException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "invalid value '" + ife.getValue() + "' at " + path(ife),
          e);
    }
    if (e instanceof MismatchedInputException mie) {
      return new OcpiParseException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          "invalid value at " + path(mie) + ": " + mie.getOriginalMessage(),
          e);
    }
    return new OcpiParseException(
        OcpiStatus.CLIENT_ERROR, "malformed JSON: " + e.getOriginalMessage(), e);
  }

  private static String path(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "$" : "$" + sb;
  }
}
