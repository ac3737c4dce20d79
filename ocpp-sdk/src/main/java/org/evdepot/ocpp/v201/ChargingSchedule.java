// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

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
 * Charging schedule structure defines a list of charging periods, as used in:
 * GetCompositeSchedule.conf and ChargingProfile.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id required. Identifies the ChargingSchedule.
 * @param startSchedule optional, null when absent; written as UTC with at most millisecond
 *     precision. Starting point of an absolute schedule. If absent the schedule will be relative to
 *     start of charging.
 * @param duration optional, null when absent. Duration of the charging schedule in seconds. If
 *     the duration is left empty, the last period will continue indefinitely or until end of the
 *     transaction if chargingProfilePurpose = TxProfile.
 * @param chargingRateUnit required. The unit of measure Limit is expressed in.
 * @param chargingSchedulePeriod required; at least 1 item, at most 1024 items
 * @param minChargingRate optional, null when absent. Minimum charging rate supported by the EV.
 *     The unit of measure is defined by the chargingRateUnit. This parameter is intended to be used
 *     by a local smart charging algorithm to optimize the power allocation for in the case a
 *     charging process is inefficient at lower charging rates. Accepts at most one digit fraction
 *     (e.g. 8.1)
 * @param salesTariff optional, null when absent. NOTE: This dataType is based on dataTypes from
 *     ISO 15118-2.
 */
public record ChargingSchedule(
    CustomData customData,
    int id,
    Instant startSchedule,
    Integer duration,
    ChargingRateUnitEnum chargingRateUnit,
    List<ChargingSchedulePeriod> chargingSchedulePeriod,
    BigDecimal minChargingRate,
    SalesTariff salesTariff) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingSchedule> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_START_SCHEDULE = new SerializedString("startSchedule");
  private static final SerializedString NAME_DURATION = new SerializedString("duration");
  private static final SerializedString NAME_CHARGING_RATE_UNIT =
      new SerializedString("chargingRateUnit");
  private static final SerializedString NAME_CHARGING_SCHEDULE_PERIOD =
      new SerializedString("chargingSchedulePeriod");
  private static final SerializedString NAME_MIN_CHARGING_RATE =
      new SerializedString("minChargingRate");
  private static final SerializedString NAME_SALES_TARIFF = new SerializedString("salesTariff");

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
    private CustomData customData;
    private Integer id;
    private Instant startSchedule;
    private Integer duration;
    private ChargingRateUnitEnum chargingRateUnit;
    private List<ChargingSchedulePeriod> chargingSchedulePeriod;
    private BigDecimal minChargingRate;
    private SalesTariff salesTariff;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code id} (required). */
    public Builder id(int id) {
      this.id = id;
      return this;
    }

    /** Sets {@code startSchedule} (optional). */
    public Builder startSchedule(Instant startSchedule) {
      this.startSchedule = startSchedule;
      return this;
    }

    /** Sets {@code duration} (optional). */
    public Builder duration(Integer duration) {
      this.duration = duration;
      return this;
    }

    /** Sets {@code chargingRateUnit} (required). */
    public Builder chargingRateUnit(ChargingRateUnitEnum chargingRateUnit) {
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

    /** Sets {@code salesTariff} (optional). */
    public Builder salesTariff(SalesTariff salesTariff) {
      this.salesTariff = salesTariff;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingSchedule build() {
      if (id == null) {
        throw new IllegalStateException("ChargingSchedule.id is required but was not set");
      }
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
              customData,
              id,
              startSchedule,
              duration,
              chargingRateUnit,
              chargingSchedulePeriod,
              minChargingRate,
              salesTariff);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingSchedule: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingSchedule> {
    private static final ElementReader<ChargingSchedulePeriod> ITEM_CHARGING_SCHEDULE_PERIOD =
        (p, ctx) -> Codecs.readObject(p, ctx, "", ChargingSchedulePeriod.CODEC);

    @Override
    public ChargingSchedule read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int id = 0;
      boolean hasId = false;
      Instant startSchedule = null;
      Integer duration = null;
      ChargingRateUnitEnum chargingRateUnit = null;
      List<ChargingSchedulePeriod> chargingSchedulePeriod = null;
      BigDecimal minChargingRate = null;
      SalesTariff salesTariff = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            hasId = true;
            break;
          case "startSchedule":
            startSchedule = Codecs.readInstant(p, ctx, "startSchedule");
            break;
          case "duration":
            duration = Codecs.readInt(p, "duration");
            break;
          case "chargingRateUnit":
            chargingRateUnit = ChargingRateUnitEnum.read(p, ctx, "chargingRateUnit");
            break;
          case "chargingSchedulePeriod":
            chargingSchedulePeriod =
                Codecs.readList(
                    p, ctx, "chargingSchedulePeriod", 1, 1024, ITEM_CHARGING_SCHEDULE_PERIOD);
            break;
          case "minChargingRate":
            minChargingRate = Codecs.readDecimal(p, "minChargingRate");
            break;
          case "salesTariff":
            salesTariff = Codecs.readObject(p, ctx, "salesTariff", SalesTariff.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasId) {
        throw Codecs.missing("id");
      }
      if (chargingRateUnit == null) {
        throw Codecs.missing("chargingRateUnit");
      }
      if (chargingSchedulePeriod == null) {
        throw Codecs.missing("chargingSchedulePeriod");
      }
      return new ChargingSchedule(
          customData,
          id,
          startSchedule,
          duration,
          chargingRateUnit,
          chargingSchedulePeriod,
          minChargingRate,
          salesTariff);
    }

    @Override
    public void write(JsonGenerator g, ChargingSchedule value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ID);
      g.writeNumber(value.id());
      if (value.startSchedule() != null) {
        g.writeFieldName(NAME_START_SCHEDULE);
        Codecs.writeInstant(g, value.startSchedule());
      }
      if (value.duration() != null) {
        g.writeFieldName(NAME_DURATION);
        g.writeNumber(value.duration());
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
      if (value.salesTariff() != null) {
        g.writeFieldName(NAME_SALES_TARIFF);
        SalesTariff.CODEC.write(g, value.salesTariff());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingSchedule value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkItems(out, "chargingSchedulePeriod", value.chargingSchedulePeriod(), 1, 1024);
      Codecs.checkNestedList(
          out,
          "chargingSchedulePeriod",
          ChargingSchedulePeriod.CODEC,
          value.chargingSchedulePeriod());
      Codecs.checkNested(out, "salesTariff", SalesTariff.CODEC, value.salesTariff());
      return out;
    }
  }
}
