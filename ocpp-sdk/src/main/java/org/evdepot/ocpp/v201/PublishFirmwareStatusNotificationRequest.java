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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * The {@code PublishFirmwareStatusNotification} request of OCPP 2.0.1, answered by {@link
 * PublishFirmwareStatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. This contains the progress status of the publishfirmware
 *     installation.
 * @param location optional, null when absent; at least 1 item, each at most 512 characters.
 *     Required if status is Published. Can be multiple URI’s, if the Local Controller supports e.g.
 *     HTTP, HTTPS, and FTP.
 * @param requestId optional, null when absent. The request id that was provided in the
 *     PublishFirmwareRequest which triggered this action.
 */
public record PublishFirmwareStatusNotificationRequest(
    CustomData customData,
    PublishFirmwareStatusEnum status,
    List<String> location,
    Integer requestId)
    implements OcppRequest<PublishFirmwareStatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<PublishFirmwareStatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public PublishFirmwareStatusNotificationRequest {
    Objects.requireNonNull(status, "status");
    location = location == null ? null : List.copyOf(location);
  }

  /** The {@code PublishFirmwareStatusNotification} action. */
  @Override
  public ActionType<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse>
      actionType() {
    return V201Actions.PUBLISH_FIRMWARE_STATUS_NOTIFICATION;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishFirmwareStatusNotificationRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private PublishFirmwareStatusEnum status;
    private List<String> location;
    private Integer requestId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(PublishFirmwareStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code location} (optional). */
    public Builder location(List<String> location) {
      this.location = location;
      return this;
    }

    /** Sets {@code requestId} (optional). */
    public Builder requestId(Integer requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public PublishFirmwareStatusNotificationRequest build() {
      if (status == null) {
        throw new IllegalStateException(
            "PublishFirmwareStatusNotificationRequest.status is required but was not set");
      }
      PublishFirmwareStatusNotificationRequest built =
          new PublishFirmwareStatusNotificationRequest(customData, status, location, requestId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid PublishFirmwareStatusNotificationRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec
      implements MessageCodec<PublishFirmwareStatusNotificationRequest> {
    private static final ElementReader<String> ITEM_LOCATION =
        (p, ctx) -> Codecs.readString(p, "", 512);

    @Override
    public PublishFirmwareStatusNotificationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      PublishFirmwareStatusEnum status = null;
      List<String> location = null;
      Integer requestId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = PublishFirmwareStatusEnum.read(p, ctx, "status");
            break;
          case "location":
            location = Codecs.readList(p, ctx, "location", 1, -1, ITEM_LOCATION);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      return new PublishFirmwareStatusNotificationRequest(customData, status, location, requestId);
    }

    @Override
    public void write(JsonGenerator g, PublishFirmwareStatusNotificationRequest value)
        throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.location() != null) {
        g.writeFieldName(NAME_LOCATION);
        g.writeStartArray();
        for (String item : value.location()) {
          g.writeString(item);
        }
        g.writeEndArray();
      }
      if (value.requestId() != null) {
        g.writeFieldName(NAME_REQUEST_ID);
        g.writeNumber(value.requestId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(PublishFirmwareStatusNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "location", value.location(), 1, -1);
      Codecs.checkLengths(out, "location", value.location(), 512);
      return out;
    }
  }
}
