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
 * The {@code FirmwareStatusNotification} request of OCPP 2.0.1, answered by {@link
 * FirmwareStatusNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param status required. This contains the progress status of the firmware installation.
 * @param requestId optional, null when absent. The request id that was provided in the
 *     UpdateFirmwareRequest that started this firmware update. This field is mandatory, unless the
 *     message was triggered by a TriggerMessageRequest AND there is no firmware update ongoing.
 */
public record FirmwareStatusNotificationRequest(
    CustomData customData,
    FirmwareStatusEnum status,
    Integer requestId)
    implements OcppRequest<FirmwareStatusNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<FirmwareStatusNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public FirmwareStatusNotificationRequest {
    Objects.requireNonNull(status, "status");
  }

  /** The {@code FirmwareStatusNotification} action. */
  @Override
  public ActionType<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>
      actionType() {
    return V201Actions.FIRMWARE_STATUS_NOTIFICATION;
  }

  private static final class Codec implements MessageCodec<FirmwareStatusNotificationRequest> {
    @Override
    public FirmwareStatusNotificationRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      FirmwareStatusEnum status = null;
      Integer requestId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "status":
            status = FirmwareStatusEnum.read(p, ctx, "status");
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
      return new FirmwareStatusNotificationRequest(customData, status, requestId);
    }

    @Override
    public void write(JsonGenerator g, FirmwareStatusNotificationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      if (value.requestId() != null) {
        g.writeFieldName(NAME_REQUEST_ID);
        g.writeNumber(value.requestId());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(FirmwareStatusNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
