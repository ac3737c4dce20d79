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
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code BootNotification} response of OCPP 2.0.1.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param currentTime required; written as UTC with at most millisecond precision. This contains
 *     the CSMS’s current time.
 * @param interval required. When Status is Accepted, this contains the heartbeat interval in
 *     seconds. If the CSMS returns something other than Accepted, the value of the interval field
 *     indicates the minimum wait time before sending a next BootNotification request.
 * @param status required. This contains whether the Charging Station has been registered within
 *     the CSMS.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 */
public record BootNotificationResponse(
    CustomData customData,
    Instant currentTime,
    int interval,
    RegistrationStatusEnum status,
    StatusInfo statusInfo)
    implements OcppResponse {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<BootNotificationResponse> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CURRENT_TIME = new SerializedString("currentTime");
  private static final SerializedString NAME_INTERVAL = new SerializedString("interval");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public BootNotificationResponse {
    Objects.requireNonNull(currentTime, "currentTime");
    Objects.requireNonNull(status, "status");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BootNotificationResponse}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Instant currentTime;
    private Integer interval;
    private RegistrationStatusEnum status;
    private StatusInfo statusInfo;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code currentTime} (required). */
    public Builder currentTime(Instant currentTime) {
      this.currentTime = currentTime;
      return this;
    }

    /** Sets {@code interval} (required). */
    public Builder interval(int interval) {
      this.interval = interval;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(RegistrationStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public BootNotificationResponse build() {
      if (currentTime == null) {
        throw new IllegalStateException(
            "BootNotificationResponse.currentTime is required but was not set");
      }
      if (interval == null) {
        throw new IllegalStateException(
            "BootNotificationResponse.interval is required but was not set");
      }
      if (status == null) {
        throw new IllegalStateException(
            "BootNotificationResponse.status is required but was not set");
      }
      BootNotificationResponse built =
          new BootNotificationResponse(customData, currentTime, interval, status, statusInfo);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid BootNotificationResponse: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<BootNotificationResponse> {
    @Override
    public BootNotificationResponse read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Instant currentTime = null;
      int interval = 0;
      boolean hasInterval = false;
      RegistrationStatusEnum status = null;
      StatusInfo statusInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "currentTime":
            currentTime = Codecs.readInstant(p, ctx, "currentTime");
            break;
          case "interval":
            interval = Codecs.readInt(p, "interval");
            hasInterval = true;
            break;
          case "status":
            status = RegistrationStatusEnum.read(p, ctx, "status");
            break;
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (currentTime == null) {
        throw Codecs.missing("currentTime");
      }
      if (!hasInterval) {
        throw Codecs.missing("interval");
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new BootNotificationResponse(customData, currentTime, interval, status, statusInfo);
    }

    @Override
    public void write(JsonGenerator g, BootNotificationResponse value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CURRENT_TIME);
      Codecs.writeInstant(g, value.currentTime());
      g.writeFieldName(NAME_INTERVAL);
      g.writeNumber(value.interval());
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.statusInfo() != null) {
        g.writeFieldName(NAME_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.statusInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(BootNotificationResponse value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      return out;
    }
  }
}
