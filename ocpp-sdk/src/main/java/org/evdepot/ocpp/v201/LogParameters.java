// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Log Generic class for the configuration of logging entries.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param remoteLocation required; at most 512 characters. The URL of the location at the remote
 *     system where the log should be stored.
 * @param oldestTimestamp optional, null when absent; written as UTC with at most millisecond
 *     precision. This contains the date and time of the oldest logging information to include in
 *     the diagnostics.
 * @param latestTimestamp optional, null when absent; written as UTC with at most millisecond
 *     precision. This contains the date and time of the latest logging information to include in
 *     the diagnostics.
 */
public record LogParameters(
    CustomData customData,
    String remoteLocation,
    Instant oldestTimestamp,
    Instant latestTimestamp) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<LogParameters> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REMOTE_LOCATION =
      new SerializedString("remoteLocation");
  private static final SerializedString NAME_OLDEST_TIMESTAMP =
      new SerializedString("oldestTimestamp");
  private static final SerializedString NAME_LATEST_TIMESTAMP =
      new SerializedString("latestTimestamp");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public LogParameters {
    Objects.requireNonNull(remoteLocation, "remoteLocation");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogParameters}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String remoteLocation;
    private Instant oldestTimestamp;
    private Instant latestTimestamp;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code remoteLocation} (required). */
    public Builder remoteLocation(String remoteLocation) {
      this.remoteLocation = remoteLocation;
      return this;
    }

    /** Sets {@code oldestTimestamp} (optional). */
    public Builder oldestTimestamp(Instant oldestTimestamp) {
      this.oldestTimestamp = oldestTimestamp;
      return this;
    }

    /** Sets {@code latestTimestamp} (optional). */
    public Builder latestTimestamp(Instant latestTimestamp) {
      this.latestTimestamp = latestTimestamp;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public LogParameters build() {
      if (remoteLocation == null) {
        throw new IllegalStateException("LogParameters.remoteLocation is required but was not set");
      }
      LogParameters built =
          new LogParameters(customData, remoteLocation, oldestTimestamp, latestTimestamp);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid LogParameters: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<LogParameters> {
    @Override
    public LogParameters read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String remoteLocation = null;
      Instant oldestTimestamp = null;
      Instant latestTimestamp = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "remoteLocation":
            remoteLocation = Codecs.readString(p, "remoteLocation", 512);
            break;
          case "oldestTimestamp":
            oldestTimestamp = Codecs.readInstant(p, ctx, "oldestTimestamp");
            break;
          case "latestTimestamp":
            latestTimestamp = Codecs.readInstant(p, ctx, "latestTimestamp");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (remoteLocation == null) {
        throw Codecs.missing("remoteLocation");
      }
      return new LogParameters(customData, remoteLocation, oldestTimestamp, latestTimestamp);
    }

    @Override
    public void write(JsonGenerator g, LogParameters value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REMOTE_LOCATION);
      g.writeString(value.remoteLocation());
      if (value.oldestTimestamp() != null) {
        g.writeFieldName(NAME_OLDEST_TIMESTAMP);
        Codecs.writeInstant(g, value.oldestTimestamp());
      }
      if (value.latestTimestamp() != null) {
        g.writeFieldName(NAME_LATEST_TIMESTAMP);
        Codecs.writeInstant(g, value.latestTimestamp());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(LogParameters value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "remoteLocation", value.remoteLocation(), 512);
      return out;
    }
  }
}
