// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetDiagnostics} request of OCPP 1.6, answered by {@link GetDiagnosticsResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param location required
 * @param retries optional, null when absent
 * @param retryInterval optional, null when absent
 * @param startTime optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param stopTime optional, null when absent; written as UTC with at most millisecond precision
 */
public record GetDiagnosticsRequest(
    String location,
    Integer retries,
    Integer retryInterval,
    Instant startTime,
    Instant stopTime)
    implements OcppRequest<GetDiagnosticsResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetDiagnosticsRequest> CODEC = new Codec();

  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_RETRIES = new SerializedString("retries");
  private static final SerializedString NAME_RETRY_INTERVAL = new SerializedString("retryInterval");
  private static final SerializedString NAME_START_TIME = new SerializedString("startTime");
  private static final SerializedString NAME_STOP_TIME = new SerializedString("stopTime");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetDiagnosticsRequest {
    Objects.requireNonNull(location, "location");
  }

  /** The {@code GetDiagnostics} action. */
  @Override
  public ActionType<GetDiagnosticsRequest, GetDiagnosticsResponse> actionType() {
    return V16Actions.GET_DIAGNOSTICS;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetDiagnosticsRequest}; not thread-safe. */
  public static final class Builder {
    private String location;
    private Integer retries;
    private Integer retryInterval;
    private Instant startTime;
    private Instant stopTime;

    private Builder() {}

    /** Sets {@code location} (required). */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /** Sets {@code retries} (optional). */
    public Builder retries(Integer retries) {
      this.retries = retries;
      return this;
    }

    /** Sets {@code retryInterval} (optional). */
    public Builder retryInterval(Integer retryInterval) {
      this.retryInterval = retryInterval;
      return this;
    }

    /** Sets {@code startTime} (optional). */
    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    /** Sets {@code stopTime} (optional). */
    public Builder stopTime(Instant stopTime) {
      this.stopTime = stopTime;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetDiagnosticsRequest build() {
      if (location == null) {
        throw new IllegalStateException(
            "GetDiagnosticsRequest.location is required but was not set");
      }
      GetDiagnosticsRequest built =
          new GetDiagnosticsRequest(location, retries, retryInterval, startTime, stopTime);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetDiagnosticsRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetDiagnosticsRequest> {
    @Override
    public GetDiagnosticsRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String location = null;
      Integer retries = null;
      Integer retryInterval = null;
      Instant startTime = null;
      Instant stopTime = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "location":
            location = Codecs.readString(p, "location", -1);
            break;
          case "retries":
            retries = Codecs.readInt(p, "retries");
            break;
          case "retryInterval":
            retryInterval = Codecs.readInt(p, "retryInterval");
            break;
          case "startTime":
            startTime = Codecs.readInstant(p, ctx, "startTime");
            break;
          case "stopTime":
            stopTime = Codecs.readInstant(p, ctx, "stopTime");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (location == null) {
        throw Codecs.missing("location");
      }
      return new GetDiagnosticsRequest(location, retries, retryInterval, startTime, stopTime);
    }

    @Override
    public void write(JsonGenerator g, GetDiagnosticsRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LOCATION);
      g.writeString(value.location());
      if (value.retries() != null) {
        g.writeFieldName(NAME_RETRIES);
        g.writeNumber(value.retries());
      }
      if (value.retryInterval() != null) {
        g.writeFieldName(NAME_RETRY_INTERVAL);
        g.writeNumber(value.retryInterval());
      }
      if (value.startTime() != null) {
        g.writeFieldName(NAME_START_TIME);
        Codecs.writeInstant(g, value.startTime());
      }
      if (value.stopTime() != null) {
        g.writeFieldName(NAME_STOP_TIME);
        Codecs.writeInstant(g, value.stopTime());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetDiagnosticsRequest value) {
      return List.of();
    }
  }
}
