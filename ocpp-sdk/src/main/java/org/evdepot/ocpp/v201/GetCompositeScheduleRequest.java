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
 * The {@code GetCompositeSchedule} request of OCPP 2.0.1, answered by {@link
 * GetCompositeScheduleResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param duration required. Length of the requested schedule in seconds.
 * @param chargingRateUnit optional, null when absent. Can be used to force a power or current
 *     profile.
 * @param evseId required. The ID of the EVSE for which the schedule is requested. When
 *     evseid=0, the Charging Station will calculate the expected consumption for the grid
 *     connection.
 */
public record GetCompositeScheduleRequest(
    CustomData customData,
    int duration,
    ChargingRateUnitEnum chargingRateUnit,
    int evseId)
    implements OcppRequest<GetCompositeScheduleResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetCompositeScheduleRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_DURATION = new SerializedString("duration");
  private static final SerializedString NAME_CHARGING_RATE_UNIT =
      new SerializedString("chargingRateUnit");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /** The {@code GetCompositeSchedule} action. */
  @Override
  public ActionType<GetCompositeScheduleRequest, GetCompositeScheduleResponse> actionType() {
    return V201Actions.GET_COMPOSITE_SCHEDULE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetCompositeScheduleRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer duration;
    private ChargingRateUnitEnum chargingRateUnit;
    private Integer evseId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code duration} (required). */
    public Builder duration(int duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code chargingRateUnit} (optional). */
    public Builder chargingRateUnit(ChargingRateUnitEnum chargingRateUnit) {
      this.chargingRateUnit = chargingRateUnit;
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
    public GetCompositeScheduleRequest build() {
      if (duration == null) {
        throw new IllegalStateException(
            "GetCompositeScheduleRequest.duration is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException(
            "GetCompositeScheduleRequest.evseId is required but was not set");
      }
      GetCompositeScheduleRequest built =
          new GetCompositeScheduleRequest(customData, duration, chargingRateUnit, evseId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetCompositeScheduleRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetCompositeScheduleRequest> {
    @Override
    public GetCompositeScheduleRequest read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int duration = 0;
      boolean hasDuration = false;
      ChargingRateUnitEnum chargingRateUnit = null;
      int evseId = 0;
      boolean hasEvseId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "duration":
            duration = Codecs.readInt(p, "duration");
            hasDuration = true;
            break;
          case "chargingRateUnit":
            chargingRateUnit = ChargingRateUnitEnum.read(p, ctx, "chargingRateUnit");
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasDuration) {
        throw Codecs.missing("duration");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      return new GetCompositeScheduleRequest(customData, duration, chargingRateUnit, evseId);
    }

    @Override
    public void write(JsonGenerator g, GetCompositeScheduleRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_DURATION);
      g.writeNumber(value.duration());
      if (value.chargingRateUnit() != null) {
        g.writeFieldName(NAME_CHARGING_RATE_UNIT);
        g.writeString(value.chargingRateUnit().wireValue());
      }
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetCompositeScheduleRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
