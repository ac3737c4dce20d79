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
 * The {@code SetChargingProfile} request of OCPP 2.0.1, answered by {@link
 * SetChargingProfileResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evseId required. For TxDefaultProfile an evseId=0 applies the profile to each
 *     individual evse. For ChargingStationMaxProfile and ChargingStationExternalConstraints an
 *     evseId=0 contains an overal limit for the whole Charging Station.
 * @param chargingProfile required. A ChargingProfile consists of ChargingSchedule, describing
 *     the amount of power or current that can be delivered per time interval.
 */
public record SetChargingProfileRequest(
    CustomData customData,
    int evseId,
    ChargingProfile chargingProfile)
    implements OcppRequest<SetChargingProfileResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetChargingProfileRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CHARGING_PROFILE =
      new SerializedString("chargingProfile");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetChargingProfileRequest {
    Objects.requireNonNull(chargingProfile, "chargingProfile");
  }

  /** The {@code SetChargingProfile} action. */
  @Override
  public ActionType<SetChargingProfileRequest, SetChargingProfileResponse> actionType() {
    return V201Actions.SET_CHARGING_PROFILE;
  }

  private static final class Codec implements MessageCodec<SetChargingProfileRequest> {
    @Override
    public SetChargingProfileRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int evseId = 0;
      boolean hasEvseId = false;
      ChargingProfile chargingProfile = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          case "chargingProfile":
            chargingProfile = Codecs.readObject(p, ctx, "chargingProfile", ChargingProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      if (chargingProfile == null) {
        throw Codecs.missing("chargingProfile");
      }
      return new SetChargingProfileRequest(customData, evseId, chargingProfile);
    }

    @Override
    public void write(JsonGenerator g, SetChargingProfileRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeFieldName(NAME_CHARGING_PROFILE);
      ChargingProfile.CODEC.write(g, value.chargingProfile());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetChargingProfileRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "chargingProfile", ChargingProfile.CODEC, value.chargingProfile());
      return out;
    }
  }
}
