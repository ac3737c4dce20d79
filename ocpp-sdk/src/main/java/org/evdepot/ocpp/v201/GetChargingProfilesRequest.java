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
 * The {@code GetChargingProfiles} request of OCPP 2.0.1, answered by {@link
 * GetChargingProfilesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param requestId required. Reference identification that is to be used by the Charging
 *     Station in the ReportChargingProfilesRequest when provided.
 * @param evseId optional, null when absent. For which EVSE installed charging profiles SHALL be
 *     reported. If 0, only charging profiles installed on the Charging Station itself (the grid
 *     connection) SHALL be reported. If omitted, all installed charging profiles SHALL be reported.
 * @param chargingProfile required. A ChargingProfile consists of ChargingSchedule, describing
 *     the amount of power or current that can be delivered per time interval.
 */
public record GetChargingProfilesRequest(
    CustomData customData,
    int requestId,
    Integer evseId,
    ChargingProfileCriterion chargingProfile)
    implements OcppRequest<GetChargingProfilesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetChargingProfilesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_CHARGING_PROFILE =
      new SerializedString("chargingProfile");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetChargingProfilesRequest {
    Objects.requireNonNull(chargingProfile, "chargingProfile");
  }

  /** The {@code GetChargingProfiles} action. */
  @Override
  public ActionType<GetChargingProfilesRequest, GetChargingProfilesResponse> actionType() {
    return V201Actions.GET_CHARGING_PROFILES;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetChargingProfilesRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer requestId;
    private Integer evseId;
    private ChargingProfileCriterion chargingProfile;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code requestId} (required). */
    public Builder requestId(int requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets {@code evseId} (optional). */
    public Builder evseId(Integer evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code chargingProfile} (required). */
    public Builder chargingProfile(ChargingProfileCriterion chargingProfile) {
      this.chargingProfile = chargingProfile;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetChargingProfilesRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "GetChargingProfilesRequest.requestId is required but was not set");
      }
      if (chargingProfile == null) {
        throw new IllegalStateException(
            "GetChargingProfilesRequest.chargingProfile is required but was not set");
      }
      GetChargingProfilesRequest built =
          new GetChargingProfilesRequest(customData, requestId, evseId, chargingProfile);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetChargingProfilesRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetChargingProfilesRequest> {
    @Override
    public GetChargingProfilesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int requestId = 0;
      boolean hasRequestId = false;
      Integer evseId = null;
      ChargingProfileCriterion chargingProfile = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "requestId":
            requestId = Codecs.readInt(p, "requestId");
            hasRequestId = true;
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            break;
          case "chargingProfile":
            chargingProfile =
                Codecs.readObject(p, ctx, "chargingProfile", ChargingProfileCriterion.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (chargingProfile == null) {
        throw Codecs.missing("chargingProfile");
      }
      return new GetChargingProfilesRequest(customData, requestId, evseId, chargingProfile);
    }

    @Override
    public void write(JsonGenerator g, GetChargingProfilesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      if (value.evseId() != null) {
        g.writeFieldName(NAME_EVSE_ID);
        g.writeNumber(value.evseId());
      }
      g.writeFieldName(NAME_CHARGING_PROFILE);
      ChargingProfileCriterion.CODEC.write(g, value.chargingProfile());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetChargingProfilesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "chargingProfile", ChargingProfileCriterion.CODEC, value.chargingProfile());
      return out;
    }
  }
}
