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
 * The {@code UpdateFirmware} request of OCPP 2.0.1, answered by {@link UpdateFirmwareResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param retries optional, null when absent. This specifies how many times Charging Station
 *     must try to download the firmware before giving up. If this field is not present, it is left
 *     to Charging Station to decide how many times it wants to retry.
 * @param retryInterval optional, null when absent. The interval in seconds after which a retry
 *     may be attempted. If this field is not present, it is left to Charging Station to decide how
 *     long to wait between attempts.
 * @param requestId required. The Id of this request
 * @param firmware required. Firmware Represents a copy of the firmware that can be
 *     loaded/updated on the Charging Station.
 */
public record UpdateFirmwareRequest(
    CustomData customData,
    Integer retries,
    Integer retryInterval,
    int requestId,
    Firmware firmware)
    implements OcppRequest<UpdateFirmwareResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<UpdateFirmwareRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_RETRIES = new SerializedString("retries");
  private static final SerializedString NAME_RETRY_INTERVAL = new SerializedString("retryInterval");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_FIRMWARE = new SerializedString("firmware");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public UpdateFirmwareRequest {
    Objects.requireNonNull(firmware, "firmware");
  }

  /** The {@code UpdateFirmware} action. */
  @Override
  public ActionType<UpdateFirmwareRequest, UpdateFirmwareResponse> actionType() {
    return V201Actions.UPDATE_FIRMWARE;
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
    private CustomData customData;
    private Integer retries;
    private Integer retryInterval;
    private Integer requestId;
    private Firmware firmware;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
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

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code firmware} (required). */
    public Builder firmware(Firmware firmware) {
      this.firmware = firmware;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public UpdateFirmwareRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "UpdateFirmwareRequest.requestId is required but was not set");
      }
      if (firmware == null) {
        throw new IllegalStateException(
            "UpdateFirmwareRequest.firmware is required but was not set");
      }
      UpdateFirmwareRequest built =
          new UpdateFirmwareRequest(customData, retries, retryInterval, requestId, firmware);
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
      CustomData customData = null;
      Integer retries = null;
      Integer retryInterval = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Firmware firmware = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "retries":
            retries = Codecs.readInt(p, "retries");
            break;
          case "retryInterval":
            retryInterval = Codecs.readInt(p, "retryInterval");
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "firmware":
            firmware = Codecs.readObject(p, ctx, "firmware", Firmware.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (firmware == null) {
        throw Codecs.missing("firmware");
      }
      return new UpdateFirmwareRequest(customData, retries, retryInterval, requestId, firmware);
    }

    @Override
    public void write(JsonGenerator g, UpdateFirmwareRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.retries() != null) {
        g.writeFieldName(NAME_RETRIES);
        g.writeNumber(value.retries());
      }
      if (value.retryInterval() != null) {
        g.writeFieldName(NAME_RETRY_INTERVAL);
        g.writeNumber(value.retryInterval());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeFieldName(NAME_FIRMWARE);
      Firmware.CODEC.write(g, value.firmware());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(UpdateFirmwareRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "firmware", Firmware.CODEC, value.firmware());
      return out;
    }
  }
}
