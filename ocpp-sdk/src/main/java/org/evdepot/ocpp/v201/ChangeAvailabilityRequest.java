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
 * The {@code ChangeAvailability} request of OCPP 2.0.1, answered by {@link
 * ChangeAvailabilityResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evse optional, null when absent. EVSE Electric Vehicle Supply Equipment
 * @param operationalStatus required. This contains the type of availability change that the
 *     Charging Station should perform.
 */
public record ChangeAvailabilityRequest(
    CustomData customData,
    EVSE evse,
    OperationalStatusEnum operationalStatus)
    implements OcppRequest<ChangeAvailabilityResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChangeAvailabilityRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE = new SerializedString("evse");
  private static final SerializedString NAME_OPERATIONAL_STATUS =
      new SerializedString("operationalStatus");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChangeAvailabilityRequest {
    Objects.requireNonNull(operationalStatus, "operationalStatus");
  }

  /** The {@code ChangeAvailability} action. */
  @Override
  public ActionType<ChangeAvailabilityRequest, ChangeAvailabilityResponse> actionType() {
    return V201Actions.CHANGE_AVAILABILITY;
  }

  private static final class Codec implements MessageCodec<ChangeAvailabilityRequest> {
    @Override
    public ChangeAvailabilityRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      EVSE evse = null;
      OperationalStatusEnum operationalStatus = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evse":
            evse = Codecs.readObject(p, ctx, "evse", EVSE.CODEC);
            break;
          case "operationalStatus":
            operationalStatus = OperationalStatusEnum.read(p, ctx, "operationalStatus");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (operationalStatus == null) {
        throw Codecs.missing("operationalStatus");
      }
      return new ChangeAvailabilityRequest(customData, evse, operationalStatus);
    }

    @Override
    public void write(JsonGenerator g, ChangeAvailabilityRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.evse() != null) {
        g.writeFieldName(NAME_EVSE);
        EVSE.CODEC.write(g, value.evse());
      }
      g.writeFieldName(NAME_OPERATIONAL_STATUS);
      g.writeString(value.operationalStatus().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChangeAvailabilityRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "evse", EVSE.CODEC, value.evse());
      return out;
    }
  }
}
