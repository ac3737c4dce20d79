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
 * The {@code BootNotification} request of OCPP 2.0.1, answered by {@link BootNotificationResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingStation required. The physical system where an Electrical Vehicle (EV) can be
 *     charged.
 * @param reason required. This contains the reason for sending this message to the CSMS.
 */
public record BootNotificationRequest(
    CustomData customData,
    ChargingStation chargingStation,
    BootReasonEnum reason)
    implements OcppRequest<BootNotificationResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<BootNotificationRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_STATION =
      new SerializedString("chargingStation");
  private static final SerializedString NAME_REASON = new SerializedString("reason");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public BootNotificationRequest {
    Objects.requireNonNull(chargingStation, "chargingStation");
    Objects.requireNonNull(reason, "reason");
  }

  /** The {@code BootNotification} action. */
  @Override
  public ActionType<BootNotificationRequest, BootNotificationResponse> actionType() {
    return V201Actions.BOOT_NOTIFICATION;
  }

  private static final class Codec implements MessageCodec<BootNotificationRequest> {
    @Override
    public BootNotificationRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ChargingStation chargingStation = null;
      BootReasonEnum reason = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingStation":
            chargingStation = Codecs.readObject(p, ctx, "chargingStation", ChargingStation.CODEC);
            break;
          case "reason":
            reason = BootReasonEnum.read(p, ctx, "reason");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingStation == null) {
        throw Codecs.missing("chargingStation");
      }
      if (reason == null) {
        throw Codecs.missing("reason");
      }
      return new BootNotificationRequest(customData, chargingStation, reason);
    }

    @Override
    public void write(JsonGenerator g, BootNotificationRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CHARGING_STATION);
      ChargingStation.CODEC.write(g, value.chargingStation());
      g.writeFieldName(NAME_REASON);
      g.writeString(value.reason().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(BootNotificationRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "chargingStation", ChargingStation.CODEC, value.chargingStation());
      return out;
    }
  }
}
