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
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * Composite_ Schedule
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param chargingSchedulePeriod required; at least 1 item
 * @param evseId required. The ID of the EVSE for which the schedule is requested. When
 *     evseid=0, the Charging Station calculated the expected consumption for the grid connection.
 * @param duration required. Duration of the schedule in seconds.
 * @param scheduleStart required; written as UTC with at most millisecond precision. Date and
 *     time at which the schedule becomes active. All time measurements within the schedule are
 *     relative to this timestamp.
 * @param chargingRateUnit required. The unit of measure Limit is expressed in.
 */
public record CompositeSchedule(
    CustomData customData,
    List<ChargingSchedulePeriod> chargingSchedulePeriod,
    int evseId,
    int duration,
    Instant scheduleStart,
    ChargingRateUnitEnum chargingRateUnit) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<CompositeSchedule> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_CHARGING_SCHEDULE_PERIOD =
      new SerializedString("chargingSchedulePeriod");
  private static final SerializedString NAME_EVSE_ID = new SerializedString("evseId");
  private static final SerializedString NAME_DURATION = new SerializedString("duration");
  private static final SerializedString NAME_SCHEDULE_START = new SerializedString("scheduleStart");
  private static final SerializedString NAME_CHARGING_RATE_UNIT =
      new SerializedString("chargingRateUnit");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public CompositeSchedule {
    Objects.requireNonNull(chargingSchedulePeriod, "chargingSchedulePeriod");
    chargingSchedulePeriod = List.copyOf(chargingSchedulePeriod);
    Objects.requireNonNull(scheduleStart, "scheduleStart");
    Objects.requireNonNull(chargingRateUnit, "chargingRateUnit");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompositeSchedule}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private List<ChargingSchedulePeriod> chargingSchedulePeriod;
    private Integer evseId;
    private Integer duration;
    private Instant scheduleStart;
    private ChargingRateUnitEnum chargingRateUnit;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code chargingSchedulePeriod} (required). */
    public Builder chargingSchedulePeriod(List<ChargingSchedulePeriod> chargingSchedulePeriod) {
      this.chargingSchedulePeriod = chargingSchedulePeriod;
      return this;
    }

    /** Sets {@code evseId} (required). */
    public Builder evseId(int evseId) {
      this.evseId = evseId;
      return this;
    }

    /** Sets {@code duration} (required). */
    public Builder duration(int duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code scheduleStart} (required). */
    public Builder scheduleStart(Instant scheduleStart) {
      this.scheduleStart = scheduleStart;
      return this;
    }

    /** Sets {@code chargingRateUnit} (required). */
    public Builder chargingRateUnit(ChargingRateUnitEnum chargingRateUnit) {
      this.chargingRateUnit = chargingRateUnit;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public CompositeSchedule build() {
      if (chargingSchedulePeriod == null) {
        throw new IllegalStateException(
            "CompositeSchedule.chargingSchedulePeriod is required but was not set");
      }
      if (evseId == null) {
        throw new IllegalStateException("CompositeSchedule.evseId is required but was not set");
      }
      if (duration == null) {
        throw new IllegalStateException("CompositeSchedule.duration is required but was not set");
      }
      if (scheduleStart == null) {
        throw new IllegalStateException(
            "CompositeSchedule.scheduleStart is required but was not set");
      }
      if (chargingRateUnit == null) {
        throw new IllegalStateException(
            "CompositeSchedule.chargingRateUnit is required but was not set");
      }
      CompositeSchedule built =
          new CompositeSchedule(
              customData,
              chargingSchedulePeriod,
              evseId,
              duration,
              scheduleStart,
              chargingRateUnit);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid CompositeSchedule: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<CompositeSchedule> {
    private static final ElementReader<ChargingSchedulePeriod> ITEM_CHARGING_SCHEDULE_PERIOD =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingSchedulePeriod.CODEC);

    @Override
    public CompositeSchedule read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      List<ChargingSchedulePeriod> chargingSchedulePeriod = null;
      int evseId = 0;
      boolean hasEvseId = false;
      int duration = 0;
      boolean hasDuration = false;
      Instant scheduleStart = null;
      ChargingRateUnitEnum chargingRateUnit = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "chargingSchedulePeriod":
            chargingSchedulePeriod =
                Codecs.readList(
                    p, ctx, "chargingSchedulePeriod", 1, -1, ITEM_CHARGING_SCHEDULE_PERIOD);
            break;
          case "evseId":
            evseId = Codecs.readInt(p, "evseId");
            hasEvseId = true;
            break;
          case "duration":
            duration = Codecs.readInt(p, "duration");
            hasDuration = true;
            break;
          case "scheduleStart":
            scheduleStart = Codecs.readInstant(p, ctx, "scheduleStart");
            break;
          case "chargingRateUnit":
            chargingRateUnit = ChargingRateUnitEnum.read(p, ctx, "chargingRateUnit");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingSchedulePeriod == null) {
        throw Codecs.missing("chargingSchedulePeriod");
      }
      if (!hasEvseId) {
        throw Codecs.missing("evseId");
      }
      if (!hasDuration) {
        throw Codecs.missing("duration");
      }
      if (scheduleStart == null) {
        throw Codecs.missing("scheduleStart");
      }
      if (chargingRateUnit == null) {
        throw Codecs.missing("chargingRateUnit");
      }
      return new CompositeSchedule(
          customData, chargingSchedulePeriod, evseId, duration, scheduleStart, chargingRateUnit);
    }

    @Override
    public void write(JsonGenerator g, CompositeSchedule value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_CHARGING_SCHEDULE_PERIOD);
      g.writeStartArray();
      for (ChargingSchedulePeriod item : value.chargingSchedulePeriod()) {
        ChargingSchedulePeriod.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeFieldName(NAME_EVSE_ID);
      g.writeNumber(value.evseId());
      g.writeFieldName(NAME_DURATION);
      g.writeNumber(value.duration());
      g.writeFieldName(NAME_SCHEDULE_START);
      Codecs.writeInstant(g, value.scheduleStart());
      g.writeFieldName(NAME_CHARGING_RATE_UNIT);
      g.writeString(value.chargingRateUnit().wireValue());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(CompositeSchedule value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingSchedulePeriod", value.chargingSchedulePeriod(), 1, -1);
      Codecs.checkNestedList(
          out,
          "chargingSchedulePeriod",
          ChargingSchedulePeriod.CODEC,
          value.chargingSchedulePeriod());
      return out;
    }
  }
}
