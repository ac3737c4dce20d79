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
 * The {@code ReportChargingProfiles} request of OCPP 2.0.1, answered by {@link
 * ReportChargingProfilesResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param requestId required. Id used to match the GetChargingProfilesRequest message with the
 *     resulting ReportChargingProfilesRequest messages. When the CSMS provided a requestId in the
 *     GetChargingProfilesRequest, this field SHALL contain the same value.
 * @param chargingLimitSource required. Source that has installed this charging profile.
 * @param chargingProfile required; at least 1 item
 * @param tbc optional, null when absent (the schema's default {@code false} is not filled in).
 *     To Be Continued. Default value when omitted: false. false indicates that there are no further
 *     messages as part of this report.
 * @param evseId required. The evse to which the charging profile applies. If evseId = 0, the
 *     message contains an overall limit for the Charging Station.
 */
public record ReportChargingProfilesRequest(
    CustomData customData,
    int requestId,
    ChargingLimitSourceEnum chargingLimitSource,
    List<ChargingProfile> chargingProfile,
    Boolean tbc,
    int evseId)
    implements OcppRequest<ReportChargingProfilesResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ReportChargingProfilesRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString NAME_CHARGING_LIMIT_SOURCE =
      new SerializedString("chargingLimitSource");
  private static final SerializedString NAME_CHARGING_PROFILE =
      new SerializedString("chargingProfile");
  private static final SerializedString NAME_TBC = new SerializedString("tbc");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ReportChargingProfilesRequest {
    Objects.requireNonNull(chargingLimitSource, "chargingLimitSource");
    Objects.requireNonNull(chargingProfile, "chargingProfile");
    chargingProfile = List.copyOf(chargingProfile);
  }

  /** The {@code ReportChargingProfiles} action. */
  @Override
  public ActionType<ReportChargingProfilesRequest, ReportChargingProfilesResponse> actionType() {
    return V201Actions.REPORT_CHARGING_PROFILES;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportChargingProfilesRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer requestId;
    private ChargingLimitSourceEnum chargingLimitSource;
    private List<ChargingProfile> chargingProfile;
    private Boolean tbc;
    private Integer evseId;

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

    /** Sets {@code chargingLimitSource} (required). */
    public Builder chargingLimitSource(ChargingLimitSourceEnum chargingLimitSource) {
      this.chargingLimitSource = chargingLimitSource;
      return this;
    }

    /** Sets {@code chargingProfile} (required). */
    public Builder chargingProfile(List<ChargingProfile> chargingProfile) {
      this.chargingProfile = chargingProfile;
      return this;
    }

    /** Sets {@code tbc} (optional). */
    public Builder tbc(Boolean tbc) {
      this.tbc = tbc;
      return this;
    }

    /** Sets {@code evseId} (required). */
    public Builder evseId(int evseId) {
      this.evseId = evseId;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ReportChargingProfilesRequest build() {
      if (requestId == null) {
        throw new IllegalStateException(
            "ReportChargingProfilesRequest.requestId is required but was not set");
      }
      if (chargingLimitSource == null) {
        throw new IllegalStateException(
            "ReportChargingProfilesRequest.chargingLimitSource is required but was not set");
      }
      if (chargingProfile == null) {
        throw new IllegalStateException(
            "ReportChargingProfilesRequest.chargingProfile is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException(
            "ReportChargingProfilesRequest.evseId is required but was not set");
      }
      ReportChargingProfilesRequest built =
          new ReportChargingProfilesRequest(
              customData, requestId, chargingLimitSource, chargingProfile, tbc, evseId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ReportChargingProfilesRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ReportChargingProfilesRequest> {
    private static final ElementReader<ChargingProfile> ITEM_CHARGING_PROFILE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingProfile.CODEC);

    @Override
    public ReportChargingProfilesRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int requestId = 0;
      boolean hasRequestId = false;
      ChargingLimitSourceEnum chargingLimitSource = null;
      List<ChargingProfile> chargingProfile = null;
      Boolean tbc = null;
      int evseId = 0;
      boolean hasEvseId = false;
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
          case "chargingLimitSource":
            chargingLimitSource = ChargingLimitSourceEnum.read(p, ctx, "chargingLimitSource");
            break;
          case "chargingProfile":
            chargingProfile =
                Codecs.readList(p, ctx, "chargingProfile", 1, -1, ITEM_CHARGING_PROFILE);
            break;
          case "tbc":
            tbc = Codecs.readBoolean(p, "tbc");
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasRequestId) {
        throw Codecs.missing("requestId");
      }
      if (chargingLimitSource == null) {
        throw Codecs.missing("chargingLimitSource");
      }
      if (chargingProfile == null) {
        throw Codecs.missing("chargingProfile");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      return new ReportChargingProfilesRequest(
          customData, requestId, chargingLimitSource, chargingProfile, tbc, evseId);
    }

    @Override
    public void write(JsonGenerator g, ReportChargingProfilesRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_REQUEST_ID);
      g.writeNumber(value.requestId());
      g.writeFieldName(NAME_CHARGING_LIMIT_SOURCE);
      g.writeString(value.chargingLimitSource().wireValue());
      g.writeFieldName(NAME_CHARGING_PROFILE);
      g.writeStartArray();
      for (ChargingProfile item : value.chargingProfile()) {
        ChargingProfile.CODEC.write(g, item);
      }
      g.writeEndArray();
      if (value.tbc() != null) {
        g.writeFieldName(NAME_TBC);
        g.writeBoolean(value.tbc());
      }
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ReportChargingProfilesRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingProfile", value.chargingProfile(), 1, -1);
      Codecs.checkNestedList(
          out, "chargingProfile", ChargingProfile.CODEC, value.chargingProfile());
      return out;
    }
  }
}
