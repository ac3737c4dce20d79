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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * A ChargingProfile consists of a ChargingSchedule, describing the amount of power or current that
 * can be delivered per time interval.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evseId optional, null when absent. Specifies the id of the EVSE for which to clear
 *     charging profiles. An evseId of zero (0) specifies the charging profile for the overall
 *     Charging Station. Absence of this parameter means the clearing applies to all charging
 *     profiles that match the other criteria in the request.
 * @param chargingProfilePurpose optional, null when absent. Specifies to purpose of the
 *     charging profiles that will be cleared, if they meet the other criteria in the request.
 * @param stackLevel optional, null when absent. Specifies the stackLevel for which charging
 *     profiles will be cleared, if they meet the other criteria in the request.
 */
public record ClearChargingProfile(
    CustomData customData,
    Integer evseId,
    ChargingProfilePurposeEnum chargingProfilePurpose,
    Integer stackLevel) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ClearChargingProfile> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CHARGING_PROFILE_PURPOSE =
      new SerializedString("chargingProfilePurpose");
  private static final SerializedString NAME_STACK_LEVEL = new SerializedString("stackLevel");

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClearChargingProfile}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer evseId;
    private ChargingProfilePurposeEnum chargingProfilePurpose;
    private Integer stackLevel;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(Integer evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code chargingProfilePurpose} (optional). */
    public Builder chargingProfilePurpose(ChargingProfilePurposeEnum chargingProfilePurpose) {
      this.chargingProfilePurpose = chargingProfilePurpose;
      return this;
    }

    /** Sets {@code stackLevel} (optional). */
    public Builder stackLevel(Integer stackLevel) {
      this.stackLevel = stackLevel;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ClearChargingProfile build() {
      ClearChargingProfile built =
          new ClearChargingProfile(customData, evseId, chargingProfilePurpose, stackLevel);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ClearChargingProfile: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ClearChargingProfile> {
    @Override
    public ClearChargingProfile read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer evseId = null;
      ChargingProfilePurposeEnum chargingProfilePurpose = null;
      Integer stackLevel = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          case "chargingProfilePurpose":
            chargingProfilePurpose =
                ChargingProfilePurposeEnum.read(p, ctx, "chargingProfilePurpose");
            break;
          case "stackLevel":
            stackLevel = Codecs.readInt(p, "stackLevel");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new ClearChargingProfile(customData, evseId, chargingProfilePurpose, stackLevel);
    }

    @Override
    public void write(JsonGenerator g, ClearChargingProfile value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      if (value.chargingProfilePurpose() != null) {
        g.writeFieldName(NAME_CHARGING_PROFILE_PURPOSE);
        g.writeString(value.chargingProfilePurpose().wireValue());
      }
      if (value.stackLevel() != null) {
        g.writeFieldName(NAME_STACK_LEVEL);
        g.writeNumber(value.stackLevel());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ClearChargingProfile value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
