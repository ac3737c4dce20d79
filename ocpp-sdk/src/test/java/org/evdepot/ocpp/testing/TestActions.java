package org.evdepot.ocpp.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.Initiator;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.codec.ViolationKind;

/**
 * A two-action catalog with hand-written codecs, so the RPC layer is tested independently of the
 * generated message models: {@code Ping} (station -> CSMS, {@code {"n": int}} -> {@code {"n":
 * int}}) and {@code Reset} (CSMS -> station, {@code {"type": "Hard"|"Soft"}} -> {@code {"status":
 * string}}).
 */
public final class TestActions implements ActionCatalog {
  public static final TestActions V16 = new TestActions(OcppVersion.V16);
  public static final TestActions V201 = new TestActions(OcppVersion.V201);

  public final ActionType<Ping, Pong> ping;
  public final ActionType<Reset, ResetResult> reset;
  private final OcppVersion version;

  private TestActions(OcppVersion version) {
    this.version = version;
    this.ping =
        new ActionType<>(
            version,
            "Ping",
            Initiator.CHARGING_STATION,
            Ping.class,
            Pong.class,
            intCodec(n -> new Ping(n, this), Ping::n),
            intCodec(Pong::new, Pong::n));
    this.reset =
        new ActionType<>(
            version,
            "Reset",
            Initiator.CSMS,
            Reset.class,
            ResetResult.class,
            stringCodec("type", t -> new Reset(t, this), Reset::type, List.of("Hard", "Soft")),
            stringCodec("status", ResetResult::new, ResetResult::status, null));
  }

  @Override
  public OcppVersion version() {
    return version;
  }

  @Override
  public Optional<ActionType<?, ?>> find(String action) {
    switch (action) {
      case "Ping":
        return Optional.of(ping);
      case "Reset":
        return Optional.of(reset);
      default:
        return Optional.empty();
    }
  }

  @Override
  public Collection<ActionType<?, ?>> all() {
    return List.of(ping, reset);
  }

  /** Request of Ping. */
  public record Ping(int n, TestActions catalog) implements OcppRequest<Pong> {
    @Override
    public ActionType<Ping, Pong> actionType() {
      return catalog.ping;
    }
  }

  /** Response of Ping. */
  public record Pong(int n) implements OcppResponse {}

  /** Request of Reset. */
  public record Reset(String type, TestActions catalog) implements OcppRequest<ResetResult> {
    @Override
    public ActionType<Reset, ResetResult> actionType() {
      return catalog.reset;
    }
  }

  /** Response of Reset. */
  public record ResetResult(String status) implements OcppResponse {}

  private static <T> MessageCodec<T> intCodec(
      java.util.function.IntFunction<T> make, java.util.function.ToIntFunction<T> get) {
    return new MessageCodec<>() {
      @Override
      public T read(JsonParser p, DecodeContext ctx) throws IOException {
        Integer n = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken t = p.nextToken();
          if (f.equals("n")) {
            if (t != JsonToken.VALUE_NUMBER_INT) {
              throw new OcppDecodeException(ViolationKind.TYPE, "n", "must be an integer");
            }
            n = p.getIntValue();
          } else {
            ctx.recoverable(ViolationKind.FORMAT, f, "unknown field");
            p.skipChildren();
          }
        }
        if (n == null) {
          throw new OcppDecodeException(ViolationKind.OCCURRENCE, "n", "required");
        }
        return make.apply(n);
      }

      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        g.writeStartObject();
        g.writeNumberField("n", get.applyAsInt(value));
        g.writeEndObject();
      }

      @Override
      public List<Violation> validate(T value) {
        return get.applyAsInt(value) < 0
            ? List.of(new Violation(ViolationKind.PROPERTY, "n", "must not be negative"))
            : List.of();
      }
    };
  }

  private static <T> MessageCodec<T> stringCodec(
      String field,
      java.util.function.Function<String, T> make,
      java.util.function.Function<T, String> get,
      List<String> allowed) {
    return new MessageCodec<>() {
      @Override
      public T read(JsonParser p, DecodeContext ctx) throws IOException {
        String v = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken t = p.nextToken();
          if (f.equals(field)) {
            if (t != JsonToken.VALUE_STRING) {
              throw new OcppDecodeException(ViolationKind.TYPE, field, "must be a string");
            }
            v = p.getText();
            if (allowed != null && !allowed.contains(v)) {
              throw new OcppDecodeException(ViolationKind.PROPERTY, field, "not one of " + allowed);
            }
          } else {
            ctx.recoverable(ViolationKind.FORMAT, f, "unknown field");
            p.skipChildren();
          }
        }
        if (v == null) {
          throw new OcppDecodeException(ViolationKind.OCCURRENCE, field, "required");
        }
        return make.apply(v);
      }

      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        g.writeStartObject();
        g.writeStringField(field, get.apply(value));
        g.writeEndObject();
      }

      @Override
      public List<Violation> validate(T value) {
        return List.of();
      }
    };
  }
}
