package org.evdepot.ocpp.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppMessage;
import org.evdepot.ocpp.internal.codec.FastDecoder;
import org.evdepot.ocpp.internal.codec.FastDecoders;

/**
 * Convenience for applications and tests: one OCPP payload to and from a JSON string, using the
 * generated codecs on a shared {@link JsonFactory}. The RPC layer reads and writes frames with the
 * {@link MessageCodec}s directly; this class is for everything else (logs, fixtures, tools).
 *
 * <pre>{@code
 * String json = OcppJson.toJson(new HeartbeatResponse(Instant.now()));
 * HeartbeatResponse r = OcppJson.fromJson(json, HeartbeatResponse.class);
 * }</pre>
 */
public final class OcppJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ConcurrentHashMap<Class<?>, MessageCodec<?>> CODECS =
      new ConcurrentHashMap<>();

  private OcppJson() {}

  /** The shared factory (thread-safe), for callers that create their own parsers. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * The codec of a generated payload or nested type, from its public {@code CODEC} constant.
   *
   * @throws IllegalArgumentException when {@code type} is not a generated OCPP type
   */
  @SuppressWarnings("unchecked")
  public static <T> MessageCodec<T> codec(Class<T> type) {
    return (MessageCodec<T>) CODECS.computeIfAbsent(type, OcppJson::lookup);
  }

  private static MessageCodec<?> lookup(Class<?> type) {
    try {
      Field f = type.getField("CODEC");
      Object codec = f.get(null);
      if (codec instanceof MessageCodec<?> c) {
        return c;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // fall through
    }
    throw new IllegalArgumentException(type.getName() + " is not a generated OCPP type");
  }

  /** Writes {@code message} as compact JSON; absent optional fields are omitted. */
  @SuppressWarnings("unchecked")
  public static String toJson(OcppMessage message) {
    Objects.requireNonNull(message, "message");
    return write((MessageCodec<OcppMessage>) codec(message.getClass()), message);
  }

  /** Writes {@code value} with {@code codec} as compact JSON. */
  public static <T> String write(MessageCodec<T> codec, T value) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      codec.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a payload of {@code type} strictly.
   *
   * @throws OcppDecodeException when the payload violates the schema
   * @throws UncheckedIOException when {@code json} is not well-formed JSON
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return read(codec(type), json, DecodeContext.strict());
  }

  /**
   * Reads the request ({@code request == true}) or response payload of {@code action}.
   *
   * @throws OcppDecodeException when the payload violates the schema (strict mode) or an error that
   *     lenient mode does not tolerate
   * @throws UncheckedIOException when {@code json} is not well-formed JSON
   */
  public static OcppMessage read(
      ActionType<?, ?> action, boolean request, String json, DecodeContext context) {
    MessageCodec<? extends OcppMessage> codec =
        request ? action.requestCodec() : action.responseCodec();
    return read(codec, json, context);
  }

  /**
   * Reads one payload with {@code codec}; the whole input must be that one JSON value.
   *
   * @throws OcppDecodeException when the payload violates the schema
   * @throws UncheckedIOException when {@code json} is not well-formed JSON
   */
  public static <T> T read(MessageCodec<T> codec, String json, DecodeContext context) {
    FastDecoder<T> fast = FastDecoders.forCodec(codec);
    if (fast != null) {
      // Hot payloads that are certainly valid; null (generic read below) for everything else.
      T value = fast.read(json);
      if (value != null) {
        return value;
      }
    }
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      T value = codec.read(p, context);
      if (p.nextToken() != null) {
        throw new OcppDecodeException(
            ViolationKind.FORMAT, "", "unexpected content after the payload object");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates {@code message} against its schema; empty when valid. */
  @SuppressWarnings("unchecked")
  public static List<Violation> validate(OcppMessage message) {
    return ((MessageCodec<OcppMessage>) codec(message.getClass())).validate(message);
  }
}
