// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

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
 * The {@code SetChargingProfile} request of OCPP 1.6, answered by {@link
 * SetChargingProfileResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param connectorId required
 * @param csChargingProfiles required
 */
public record SetChargingProfileRequest(
    int connectorId,
    ChargingProfile csChargingProfiles)
    implements OcppRequest<SetChargingProfileResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetChargingProfileRequest> CODEC = new Codec();

  private static final SerializedString NAME_CONNECTOR_ID = new SerializedString("connectorId");
  private static final SerializedString NAME_CS_CHARGING_PROFILES =
      new SerializedString("csChargingProfiles");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetChargingProfileRequest {
    Objects.requireNonNull(csChargingProfiles, "csChargingProfiles");
  }

  /** The {@code SetChargingProfile} action. */
  @Override
  public ActionType<SetChargingProfileRequest, SetChargingProfileResponse> actionType() {
    return V16Actions.SET_CHARGING_PROFILE;
  }

  private static final class Codec implements MessageCodec<SetChargingProfileRequest> {
    @Override
    public SetChargingProfileRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      int connectorId = 0;
      boolean hasConnectorId = false;
      ChargingProfile csChargingProfiles = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connectorId":
            connectorId = Codecs.readInt(p, "connectorId");
            hasConnectorId = true;
            break;
          case "csChargingProfiles":
            csChargingProfiles =
                Codecs.readObject(p, ctx, "csChargingProfiles", ChargingProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasConnectorId) {
        throw Codecs.missing("connectorId");
      }
      if (csChargingProfiles == null) {
        throw Codecs.missing("csChargingProfiles");
      }
      return new SetChargingProfileRequest(connectorId, csChargingProfiles);
    }

    @Override
    public void write(JsonGenerator g, SetChargingProfileRequest value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_CONNECTOR_ID);
      g.writeNumber(value.connectorId());
      g.writeFieldName(NAME_CS_CHARGING_PROFILES);
      ChargingProfile.CODEC.write(g, value.csChargingProfiles());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetChargingProfileRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(
          out, "csChargingProfiles", ChargingProfile.CODEC, value.csChargingProfiles());
      return out;
    }
  }
}
