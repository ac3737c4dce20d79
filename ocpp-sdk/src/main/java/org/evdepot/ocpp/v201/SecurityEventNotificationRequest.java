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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code SecurityEventNotification} request of OCPP 2.0.1, answered by {@link
 * SecurityEventNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param type required; at most 50 characters. Type of the security event. This value should be
 *     taken from the Security events list.
 * @param timestamp required; written as UTC with at most millisecond precision. Date and time
 *     at which the event occurred.
 * @param techInfo optional, null when absent; at most 255 characters. Additional information
 *     about the occurred security event.
 */
public record SecurityEventNotificationRequest(
    CustomData customData,
    String type,
    Instant timestamp,
    String techInfo)
    implements OcppRequest<SecurityEventNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SecurityEventNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_TECH_INFO = new SerializedString("techInfo");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SecurityEventNotificationRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** The {@code SecurityEventNotification} action. */
  @Override
  public ActionType<SecurityEventNotificationRequest, SecurityEventNotificationResponse>
      actionType() {
    return V201Actions.SECURITY_EVENT_NOTIFICATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityEventNotificationRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private String type;
    private Instant timestamp;
    private String techInfo;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code type} (required). */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code techInfo} (optional). */
    public Builder techInfo(String techInfo) {
      this.techInfo = techInfo;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SecurityEventNotificationRequest build() {
      if (type == null) {
        throw new IllegalStateException(
            "SecurityEventNotificationRequest.type is required but was not set");
      }
      if (timestamp == null) {
        throw new IllegalStateException(
            "SecurityEventNotificationRequest.timestamp is required but was not set");
      }
      SecurityEventNotificationRequest built =
          new SecurityEventNotificationRequest(customData, type, timestamp, techInfo);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid SecurityEventNotificationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SecurityEventNotificationRequest> {
    @Override
    public SecurityEventNotificationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      String type = null;
      Instant timestamp = null;
      String techInfo = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "type":
            type = Codecs.readString(p, "type", 50);
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "techInfo":
            techInfo = Codecs.readString(p, "techInfo", 255);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      return new SecurityEventNotificationRequest(customData, type, timestamp, techInfo);
    }

    @Override
    public void write(JsonGenerator g, SecurityEventNotificationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type());
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      if (value.techInfo() != null) {
        g.writeFieldName(NAME_TECH_INFO);
        g.writeString(value.techInfo());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SecurityEventNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "type", value.type(), 50);
      Codecs.checkLength(out, "techInfo", value.techInfo(), 255);
      return out;
    }
  }
}
