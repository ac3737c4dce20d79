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
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * The {@code ClearChargingProfile} request of OCPP 2.0.1, answered by {@link
 * ClearChargingProfileResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingProfileId optional, null when absent. The Id of the charging profile to clear.
 * @param chargingProfileCriteria optional, null when absent. A ChargingProfile consists of a
 *     ChargingSchedule, describing the amount of power or current that can be delivered per time
 *     interval.
 */
public record ClearChargingProfileRequest(
    CustomData customData,
    Integer chargingProfileId,
    ClearChargingProfile chargingProfileCriteria)
    implements OcppRequest<ClearChargingProfileResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearChargingProfileRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_PROFILE_ID =
      new SerializedString("chargingProfileId");
  private static final SerializedString NAME_CHARGING_PROFILE_CRITERIA =
      new SerializedString("chargingProfileCriteria");

  /** The {@code ClearChargingProfile} action. */
  @Override
  public ActionType<ClearChargingProfileRequest, ClearChargingProfileResponse> actionType() {
    return V201Actions.CLEAR_CHARGING_PROFILE;
  }

  private static final class Codec implements MessageCodec<ClearChargingProfileRequest> {
    @Override
    public ClearChargingProfileRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer chargingProfileId = null;
      ClearChargingProfile chargingProfileCriteria = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingProfileId":
            chargingProfileId = Codecs.readInt(p, "chargingProfileId");
            break;
          case "chargingProfileCriteria":
            chargingProfileCriteria =
                Codecs.readObject(p, ctx, "chargingProfileCriteria", ClearChargingProfile.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new ClearChargingProfileRequest(
          customData, chargingProfileId, chargingProfileCriteria);
    }

    @Override
    public void write(JsonGenerator g, ClearChargingProfileRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.chargingProfileId() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_ID);
        g.writeNumber(value.chargingProfileId());
      }
      if (value.chargingProfileCriteria() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_CRITERIA);
        ClearChargingProfile.CODEC.write(g, value.chargingProfileCriteria());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearChargingProfileRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out,
          "chargingProfileCriteria",
          ClearChargingProfile.CODEC,
          value.chargingProfileCriteria());
      return out;
    }
  }
}
