// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
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
 * OCPP 1.6 type {@code ChargingSchedule}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param duration optional, null when absent
 * @param startSchedule optional, null when absent; written as UTC with at most millisecond
 *     precision
 * @param chargingRateUnit required
 * @param chargingSchedulePeriod required
 * @param minChargingRate optional, null when absent; a multiple of 0.1
 */
public record ChargingSchedule(
    Integer duration,
    Instant startSchedule,
    ChargingRateUnitType chargingRateUnit,
    List<ChargingSchedulePeriod> chargingSchedulePeriod,
    BigDecimal minChargingRate) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingSchedule> CODEC = new Codec();

  private static final SerializedString NAME_DURATION = new SerializedString("duration");
  private static final SerializedString NAME_START_SCHEDULE = new SerializedString("startSchedule");
  private static final SerializedString NAME_CHARGING_RATE_UNIT =
      new SerializedString("chargingRateUnit");
  private static final SerializedString NAME_CHARGING_SCHEDULE_PERIOD =
      new SerializedString("chargingSchedulePeriod");
  private static final SerializedString NAME_MIN_CHARGING_RATE =
      new SerializedString("minChargingRate");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingSchedule {
    Objects.requireNonNull(chargingRateUnit, "chargingRateUnit");
    Objects.requireNonNull(chargingSchedulePeriod, "chargingSchedulePeriod");
    chargingSchedulePeriod = List.copyOf(chargingSchedulePeriod);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingSchedule}; not thread-safe. */
  public static final class Builder {
    private Integer duration;
    private Instant startSchedule;
    private ChargingRateUnitType chargingRateUnit;
    private List<ChargingSchedulePeriod> chargingSchedulePeriod;
    private BigDecimal minChargingRate;

    private Builder() {}

    /** Sets {@code duration} (optional). */
    public Builder duration(Integer duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code startSchedule} (optional). */
    public Builder startSchedule(Instant startSchedule) {
      this.startSchedule = startSchedule;
      return this;
    }

    /** Sets {@code chargingRateUnit} (required). */
    public Builder chargingRateUnit(ChargingRateUnitType chargingRateUnit) {
      this.chargingRateUnit = chargingRateUnit;
      return this;
    }

    /** Sets {@code chargingSchedulePeriod} (required). */
    public Builder chargingSchedulePeriod(List<ChargingSchedulePeriod> chargingSchedulePeriod) {
      this.chargingSchedulePeriod = chargingSchedulePeriod;
      return this;
    }

    /** Sets {@code minChargingRate} (optional). */
    public Builder minChargingRate(BigDecimal minChargingRate) {
      this.minChargingRate = minChargingRate;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingSchedule build() {
      if (chargingRateUnit == null) {
        throw new IllegalStateException(
            "ChargingSchedule.chargingRateUnit is required but was not set");
      }
      if (chargingSchedulePeriod == null) {
        throw new IllegalStateException(
            "ChargingSchedule.chargingSchedulePeriod is required but was not set");
      }
      ChargingSchedule built =
          new ChargingSchedule(
              duration, startSchedule, chargingRateUnit, chargingSchedulePeriod, minChargingRate);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingSchedule: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingSchedule> {
    private static final BigDecimal DECIMAL_0_1 = new BigDecimal("0.1");
    private static final ElementReader<ChargingSchedulePeriod> ITEM_CHARGING_SCHEDULE_PERIOD =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingSchedulePeriod.CODEC);

    @Override
    public ChargingSchedule read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      Integer duration = null;
      Instant startSchedule = null;
      ChargingRateUnitType chargingRateUnit = null;
      List<ChargingSchedulePeriod> chargingSchedulePeriod = null;
      BigDecimal minChargingRate = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "duration":
            duration = Codecs.readInt(p, "duration");
            break;
          case "startSchedule":
            startSchedule = Codecs.readInstant(p, ctx, "startSchedule");
            break;
          case "chargingRateUnit":
            chargingRateUnit = ChargingRateUnitType.read(p, ctx, "chargingRateUnit");
            break;
          case "chargingSchedulePeriod":
            chargingSchedulePeriod =
                Codecs.readList(
                    p, ctx, "chargingSchedulePeriod", 0, -1, ITEM_CHARGING_SCHEDULE_PERIOD);
            break;
          case "minChargingRate":
            minChargingRate =
                Codecs.multipleOf(
                    Codecs.readDecimal(p, "minChargingRate"), DECIMAL_0_1, "minChargingRate");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (chargingRateUnit == null) {
        throw Codecs.missing("chargingRateUnit");
      }
      if (chargingSchedulePeriod == null) {
        throw Codecs.missing("chargingSchedulePeriod");
      }
      return new ChargingSchedule(
          duration, startSchedule, chargingRateUnit, chargingSchedulePeriod, minChargingRate);
    }

    @Override
    public void write(JsonGenerator g, ChargingSchedule value) throws IOException {
      g.writeStartObject();
      if (value.duration() != null) {
        g.writeFieldName(NAME_DURATION);
        g.writeNumber(value.duration());
      }
      if (value.startSchedule() != null) {
        g.writeFieldName(NAME_START_SCHEDULE);
        Codecs.writeInstant(g, value.startSchedule());
      }
      g.writeFieldName(NAME_CHARGING_RATE_UNIT);
      g.writeString(value.chargingRateUnit().wireValue());
      g.writeFieldName(NAME_CHARGING_SCHEDULE_PERIOD);
      g.writeStartArray();
      for (ChargingSchedulePeriod item : value.chargingSchedulePeriod()) {
        ChargingSchedulePeriod.CODEC.write(g, item);
      }
      g.writeEndArray();
      if (value.minChargingRate() != null) {
        g.writeFieldName(NAME_MIN_CHARGING_RATE);
        Codecs.writeDecimal(g, value.minChargingRate());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingSchedule value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNestedList(
          out,
          "chargingSchedulePeriod",
          ChargingSchedulePeriod.CODEC,
          value.chargingSchedulePeriod());
      Codecs.checkMultipleOf(out, "minChargingRate", value.minChargingRate(), DECIMAL_0_1);
      return out;
    }
  }
}
