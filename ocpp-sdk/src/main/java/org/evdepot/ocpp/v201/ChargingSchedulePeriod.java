// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Charging schedule period structure defines a time period in a charging schedule.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param startPeriod required. Start of the period, in seconds from the start of schedule. The
 *     value of StartPeriod also defines the stop time of the previous period.
 * @param limit required. Charging rate limit during the schedule period, in the applicable
 *     chargingRateUnit, for example in Amperes (A) or Watts (W). Accepts at most one digit fraction
 *     (e.g. 8.1).
 * @param numberPhases optional, null when absent. The number of phases that can be used for
 *     charging. If a number of phases is needed, numberPhases=3 will be assumed unless another
 *     number is given.
 * @param phaseToUse optional, null when absent. Values: 1..3, Used if numberPhases=1 and if the
 *     EVSE is capable of switching the phase connected to the EV, i.e. ACPhaseSwitchingSupported is
 *     defined and true. It’s not allowed unless both conditions above are true. If both conditions
 *     are true, and phaseToUse is omitted, the Charging Station / EVSE will make the selection on
 *     its own.
 */
public record ChargingSchedulePeriod(
    CustomData customData,
    int startPeriod,
    BigDecimal limit,
    Integer numberPhases,
    Integer phaseToUse) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingSchedulePeriod> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_START_PERIOD = new SerializedString("startPeriod");
  private static final SerializedString NAME_LIMIT = new SerializedString("limit");
  private static final SerializedString NAME_NUMBER_PHASES = new SerializedString("numberPhases");
  private static final SerializedString NAME_PHASE_TO_USE = new SerializedString("phaseToUse");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingSchedulePeriod {
    Objects.requireNonNull(limit, "limit");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingSchedulePeriod}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer startPeriod;
    private BigDecimal limit;
    private Integer numberPhases;
    private Integer phaseToUse;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code startPeriod} (required). */
    public Builder startPeriod(int startPeriod) {
      this.startPeriod = startPeriod;
      return this;
    }

    /** Sets {@code limit} (required). */
    public Builder limit(BigDecimal limit) {
      this.limit = limit;
      return this;
    }

    /** Sets {@code numberPhases} (optional). */
    public Builder numberPhases(Integer numberPhases) {
      this.numberPhases = numberPhases;
      return this;
    }

    /** Sets {@code phaseToUse} (optional). */
    public Builder phaseToUse(Integer phaseToUse) {
      this.phaseToUse = phaseToUse;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingSchedulePeriod build() {
      if (startPeriod == null) {
        throw new IllegalStateException(
            "ChargingSchedulePeriod.startPeriod is required but was not set");
      }
      if (limit == null) {
        throw new IllegalStateException("ChargingSchedulePeriod.limit is required but was not set");
      }
      ChargingSchedulePeriod built =
          new ChargingSchedulePeriod(customData, startPeriod, limit, numberPhases, phaseToUse);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingSchedulePeriod: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingSchedulePeriod> {
    @Override
    public ChargingSchedulePeriod read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int startPeriod = 0;
      boolean hasStartPeriod = false;
      BigDecimal limit = null;
      Integer numberPhases = null;
      Integer phaseToUse = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "startPeriod":
            startPeriod = Codecs.readInt(p, "startPeriod");
            hasStartPeriod = true;
            break;
          case "limit":
            limit = Codecs.readDecimal(p, "limit");
            break;
          case "numberPhases":
            numberPhases = Codecs.readInt(p, "numberPhases");
            break;
          case "phaseToUse":
            phaseToUse = Codecs.readInt(p, "phaseToUse");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasStartPeriod) {
        throw Codecs.missing("startPeriod");
      }
      if (limit == null) {
        throw Codecs.missing("limit");
      }
      return new ChargingSchedulePeriod(customData, startPeriod, limit, numberPhases, phaseToUse);
    }

    @Override
    public void write(JsonGenerator g, ChargingSchedulePeriod value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_START_PERIOD);
      g.writeNumber(value.startPeriod());
      g.writeFieldName(NAME_LIMIT);
      Codecs.writeDecimal(g, value.limit());
      if (value.numberPhases() != null) {
        g.writeFieldName(NAME_NUMBER_PHASES);
        g.writeNumber(value.numberPhases());
      }
      if (value.phaseToUse() != null) {
        g.writeFieldName(NAME_PHASE_TO_USE);
        g.writeNumber(value.phaseToUse());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingSchedulePeriod value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
