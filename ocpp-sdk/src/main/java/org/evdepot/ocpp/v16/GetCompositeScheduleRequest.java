// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code GetCompositeSchedule} request of OCPP 1.6, answered by {@link
 * GetCompositeScheduleResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param duration required
 * @param chargingRateUnit optional, null when absent
 */
public record GetCompositeScheduleRequest(
    int connectorId,
    int duration,
    ChargingRateUnitType chargingRateUnit)
    implements OcppRequest<GetCompositeScheduleResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetCompositeScheduleRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_DURATION = new SerializedString("duration");
  private static final SerializedString NAME_CHARGING_RATE_UNIT =
      new SerializedString("chargingRateUnit");

  /** The {@code GetCompositeSchedule} action. */
  @Override
  public ActionType<GetCompositeScheduleRequest, GetCompositeScheduleResponse> actionType() {
    return V16Actions.GET_COMPOSITE_SCHEDULE;
  }

  private static final class Codec implements MessageCodec<GetCompositeScheduleRequest> {
    @Override
    public GetCompositeScheduleRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      int duration = 0;
      boolean hasDuration = false;
      ChargingRateUnitType chargingRateUnit = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "duration":
            duration = Codecs.readInt(p, "duration");
            hasDuration = true;
            break;
          case "chargingRateUnit":
            chargingRateUnit = ChargingRateUnitType.read(p, ctx, "chargingRateUnit");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (!hasDuration) {
        throw Codecs.missing("duration");
      }
      return new GetCompositeScheduleRequest(connectorId, duration, chargingRateUnit);
    }

    @Override
    public void write(JsonGenerator g, GetCompositeScheduleRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_DURATION);
      g.writeNumber(value.duration());
      if (value.chargingRateUnit() != null) {
        g.writeFieldName(NAME_CHARGING_RATE_UNIT);
        g.writeString(value.chargingRateUnit().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetCompositeScheduleRequest value) {
      return List.of();
    }
  }
}
