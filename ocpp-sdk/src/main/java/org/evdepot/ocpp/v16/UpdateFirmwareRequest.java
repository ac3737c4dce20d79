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
 * The {@code UpdateFirmware} request of OCPP 1.6, answered by {@link UpdateFirmwareResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param location required
 * @param retries optional, null when absent
 * @param retrieveDate required; written as UTC with at most millisecond precision
 * @param retryInterval optional, null when absent
 */
public record UpdateFirmwareRequest(
    String location,
    Integer retries,
    Instant retrieveDate,
    Integer retryInterval)
    implements OcppRequest<UpdateFirmwareResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UpdateFirmwareRequest> CODEC = new Codec();

  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_RETRIES = new SerializedString("retries");
  private static final SerializedString NAME_RETRIEVE_DATE = new SerializedString("retrieveDate");
  private static final SerializedString NAME_RETRY_INTERVAL = new SerializedString("retryInterval");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public UpdateFirmwareRequest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(retrieveDate, "retrieveDate");
  }

  /** The {@code UpdateFirmware} action. */
  @Override
  public ActionType<UpdateFirmwareRequest, UpdateFirmwareResponse> actionType() {
    return V16Actions.UPDATE_FIRMWARE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateFirmwareRequest}; not thread-safe. */
  public static final class Builder {
    private String location;
    private Integer retries;
    private Instant retrieveDate;
    private Integer retryInterval;

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

    /** Sets {@code retrieveDate} (required). */
    public Builder retrieveDate(Instant retrieveDate) {
      this.retrieveDate = retrieveDate;
      return this;
    }

    /** Sets {@code retryInterval} (optional). */
    public Builder retryInterval(Integer retryInterval) {
      this.retryInterval = retryInterval;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public UpdateFirmwareRequest build() {
      if (location == null) {
        throw new IllegalStateException(
            "UpdateFirmwareRequest.location is required but was not set");
      }
      if (retrieveDate == null) {
        throw new IllegalStateException(
            "UpdateFirmwareRequest.retrieveDate is required but was not set");
      }
      UpdateFirmwareRequest built =
          new UpdateFirmwareRequest(location, retries, retrieveDate, retryInterval);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid UpdateFirmwareRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<UpdateFirmwareRequest> {
    @Override
    public UpdateFirmwareRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String location = null;
      Integer retries = null;
      Instant retrieveDate = null;
      Integer retryInterval = null;
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
          case "retrieveDate":
            retrieveDate = Codecs.readInstant(p, ctx, "retrieveDate");
            break;
          case "retryInterval":
            retryInterval = Codecs.readInt(p, "retryInterval");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (location == null) {
        throw Codecs.missing("location");
      }
      if (retrieveDate == null) {
        throw Codecs.missing("retrieveDate");
      }
      return new UpdateFirmwareRequest(location, retries, retrieveDate, retryInterval);
    }

    @Override
    public void write(JsonGenerator g, UpdateFirmwareRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_LOCATION);
      g.writeString(value.location());
      if (value.retries() != null) {
        g.writeFieldName(NAME_RETRIES);
        g.writeNumber(value.retries());
      }
      g.writeFieldName(NAME_RETRIEVE_DATE);
      Codecs.writeInstant(g, value.retrieveDate());
      if (value.retryInterval() != null) {
        g.writeFieldName(NAME_RETRY_INTERVAL);
        g.writeNumber(value.retryInterval());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UpdateFirmwareRequest value) {
      return List.of();
    }
  }
}
