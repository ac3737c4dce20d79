// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code PublishFirmware} request of OCPP 2.0.1, answered by {@link PublishFirmwareResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param location required; at most 512 characters. This contains a string containing a URI
 *     pointing to a location from which to retrieve the firmware.
 * @param retries optional, null when absent. This specifies how many times Charging Station
 *     must try to download the firmware before giving up. If this field is not present, it is left
 *     to Charging Station to decide how many times it wants to retry.
 * @param checksum required; at most 32 characters. The MD5 checksum over the entire firmware
 *     file as a hexadecimal string of length 32.
 * @param requestId required. The Id of the request.
 * @param retryInterval optional, null when absent. The interval in seconds after which a retry
 *     may be attempted. If this field is not present, it is left to Charging Station to decide how
 *     long to wait between attempts.
 */
public record PublishFirmwareRequest(
    CustomData customData,
    String location,
    Integer retries,
    String checksum,
    int requestId,
    Integer retryInterval)
    implements OcppRequest<PublishFirmwareResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<PublishFirmwareRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_RETRIES = new SerializedString("retries");
  private static final SerializedString NAME_CHECKSUM = new SerializedString("checksum");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_RETRY_INTERVAL = new SerializedString("retryInterval");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public PublishFirmwareRequest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** The {@code PublishFirmware} action. */
  @Override
  public ActionType<PublishFirmwareRequest, PublishFirmwareResponse> actionType() {
    return V201Actions.PUBLISH_FIRMWARE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishFirmwareRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String location;
    private Integer retries;
    private String checksum;
    private Integer requestId;
    private Integer retryInterval;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

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

    /** Sets {@code checksum} (required). */
    public Builder checksum(String checksum) {
      this.checksum = checksum;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
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
    public PublishFirmwareRequest build() {
      if (location == null) {
        throw new IllegalStateException(
            "PublishFirmwareRequest.location is required but was not set");
      }
      if (checksum == null) {
        throw new IllegalStateException(
            "PublishFirmwareRequest.checksum is required but was not set");
      }
      if (requestId == null) {
        throw new IllegalStateException(
            "PublishFirmwareRequest.requestId is required but was not set");
      }
      PublishFirmwareRequest built =
          new PublishFirmwareRequest(
              customData, location, retries, checksum, requestId, retryInterval);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid PublishFirmwareRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<PublishFirmwareRequest> {
    @Override
    public PublishFirmwareRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String location = null;
      Integer retries = null;
      String checksum = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Integer retryInterval = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "location":
            location = Codecs.readString(p, "location", 512);
            break;
          case "retries":
            retries = Codecs.readInt(p, "retries");
            break;
          case "checksum":
            checksum = Codecs.readString(p, "checksum", 32);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
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
      if (checksum == null) {
        throw Codecs.missing("checksum");
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      return new PublishFirmwareRequest(
          customData, location, retries, checksum, requestId, retryInterval);
    }

    @Override
    public void write(JsonGenerator g, PublishFirmwareRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_LOCATION);
      g.writeString(value.location());
      if (value.retries() != null) {
        g.writeFieldName(NAME_RETRIES);
        g.writeNumber(value.retries());
      }
      g.writeFieldName(NAME_CHECKSUM);
      g.writeString(value.checksum());
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.retryInterval() != null) {
        g.writeFieldName(NAME_RETRY_INTERVAL);
        g.writeNumber(value.retryInterval());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(PublishFirmwareRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "location", value.location(), 512);
      Codecs.checkLength(out, "checksum", value.checksum(), 32);
      return out;
    }
  }
}
