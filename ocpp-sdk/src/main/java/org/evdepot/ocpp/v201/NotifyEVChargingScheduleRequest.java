// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
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
 * The {@code NotifyEVChargingSchedule} request of OCPP 2.0.1, answered by {@link
 * NotifyEVChargingScheduleResponse}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param timeBase required; written as UTC with at most millisecond precision. Periods
 *     contained in the charging profile are relative to this point in time.
 * @param chargingSchedule required. Charging schedule structure defines a list of charging
 *     periods, as used in: GetCompositeSchedule.conf and ChargingProfile.
 * @param evseId required. The charging schedule contained in this notification applies to an
 *     EVSE. EvseId must be &gt; 0.
 */
public record NotifyEVChargingScheduleRequest(
    CustomData customData,
    Instant timeBase,
    ChargingSchedule chargingSchedule,
    int evseId)
    implements OcppRequest<NotifyEVChargingScheduleResponse> {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<NotifyEVChargingScheduleRequest> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TIME_BASE = new SerializedString("timeBase");
  private static final SerializedString NAME_CHARGING_SCHEDULE =
      new SerializedString("chargingSchedule");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public NotifyEVChargingScheduleRequest {
    Objects.requireNonNull(timeBase, "timeBase");
    Objects.requireNonNull(chargingSchedule, "chargingSchedule");
  }

  /** The {@code NotifyEVChargingSchedule} action. */
  @Override
  public ActionType<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse>
      actionType() {
    return V201Actions.NOTIFY_EV_CHARGING_SCHEDULE;
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyEVChargingScheduleRequest}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Instant timeBase;
    private ChargingSchedule chargingSchedule;
    private Integer evseId;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code timeBase} (required). */
    public Builder timeBase(Instant timeBase) {
      this.timeBase = timeBase;
      return this;
    }

    /** Sets {@code chargingSchedule} (required). */
    public Builder chargingSchedule(ChargingSchedule chargingSchedule) {
      this.chargingSchedule = chargingSchedule;
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
    public NotifyEVChargingScheduleRequest build() {
      if (timeBase == null) {
        throw new IllegalStateException(
            "NotifyEVChargingScheduleRequest.timeBase is required but was not set");
      }
      if (chargingSchedule == null) {
        throw new IllegalStateException(
            "NotifyEVChargingScheduleRequest.chargingSchedule is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException(
            "NotifyEVChargingScheduleRequest.evseId is required but was not set");
      }
      NotifyEVChargingScheduleRequest built =
          new NotifyEVChargingScheduleRequest(customData, timeBase, chargingSchedule, evseId);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid NotifyEVChargingScheduleRequest: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<NotifyEVChargingScheduleRequest> {
    @Override
    public NotifyEVChargingScheduleRequest read(JsonParser p, DecodeContext ctx)
        throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Instant timeBase = null;
      ChargingSchedule chargingSchedule = null;
      int evseId = 0;
      boolean hasEvseId = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "timeBase":
            timeBase = Codecs.readInstant(p, ctx, "timeBase");
            break;
          case "chargingSchedule":
            chargingSchedule =
                Codecs.readObject(p, ctx, "chargingSchedule", ChargingSchedule.CODEC);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (timeBase == null) {
        throw Codecs.missing("timeBase");
      }
      if (chargingSchedule == null) {
        throw Codecs.missing("chargingSchedule");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      return new NotifyEVChargingScheduleRequest(customData, timeBase, chargingSchedule, evseId);
    }

    @Override
    public void write(JsonGenerator g, NotifyEVChargingScheduleRequest value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_TIME_BASE);
      Codecs.writeInstant(g, value.timeBase());
      g.writeFieldName(NAME_CHARGING_SCHEDULE);
      ChargingSchedule.CODEC.write(g, value.chargingSchedule());
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(NotifyEVChargingScheduleRequest value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "chargingSchedule", ChargingSchedule.CODEC, value.chargingSchedule());
      return out;
    }
  }
}
