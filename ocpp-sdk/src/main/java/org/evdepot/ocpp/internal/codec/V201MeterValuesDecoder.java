package org.evdepot.ocpp.internal.codec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.evdepot.ocpp.internal.codec.JsonScan.Lit;
import org.evdepot.ocpp.v201.LocationEnum;
import org.evdepot.ocpp.v201.MeasurandEnum;
import org.evdepot.ocpp.v201.MeterValue;
import org.evdepot.ocpp.v201.MeterValuesRequest;
import org.evdepot.ocpp.v201.PhaseEnum;
import org.evdepot.ocpp.v201.ReadingContextEnum;
import org.evdepot.ocpp.v201.SampledValue;
import org.evdepot.ocpp.v201.UnitOfMeasure;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * Fast decoder of the OCPP 2.0.1 {@code MeterValuesRequest}, equivalent to {@code
 * MeterValuesRequest.CODEC.read} for every payload it accepts (see {@link FastDecoder}). Payloads
 * with {@code customData} or {@code signedMeterValue} are left to the generated codec.
 */
final class V201MeterValuesDecoder extends FastDecoder<MeterValuesRequest> {
  static final V201MeterValuesDecoder INSTANCE = new V201MeterValuesDecoder();

  /** {@code UnitOfMeasureType.unit}: maxLength 20. */
  private static final int UNIT_MAX_LENGTH = 20;

  private static final Lit EVSE_ID = new Lit("\"evseId\"");
  private static final Lit METER_VALUE = new Lit("\"meterValue\"");
  private static final Lit TIMESTAMP = new Lit("\"timestamp\"");
  private static final Lit SAMPLED_VALUE = new Lit("\"sampledValue\"");
  private static final Lit VALUE = new Lit("\"value\"");
  private static final Lit CONTEXT = new Lit("\"context\"");
  private static final Lit CONTEXT_Q = new Lit("\"context\":\"");
  private static final Lit MEASURAND = new Lit("\"measurand\"");
  private static final Lit MEASURAND_Q = new Lit("\"measurand\":\"");
  private static final Lit PHASE = new Lit("\"phase\"");
  private static final Lit PHASE_Q = new Lit("\"phase\":\"");
  private static final Lit LOCATION = new Lit("\"location\"");
  private static final Lit LOCATION_Q = new Lit("\"location\":\"");
  private static final Lit UNIT_OF_MEASURE = new Lit("\"unitOfMeasure\"");
  private static final Lit UNIT = new Lit("\"unit\"");
  private static final Lit UNIT_Q = new Lit("\"unit\":\"");
  private static final Lit MULTIPLIER = new Lit("\"multiplier\"");

  private static final Lit VALUE_C = new Lit("\"value\":");
  private static final Lit NEXT_CONTEXT = new Lit(",\"context\":\"");
  private static final Lit NEXT_MEASURAND = new Lit(",\"measurand\":\"");
  private static final Lit NEXT_PHASE = new Lit(",\"phase\":\"");
  private static final Lit NEXT_LOCATION = new Lit(",\"location\":\"");
  private static final Lit NEXT_UNIT_OF_MEASURE = new Lit(",\"unitOfMeasure\":{");
  private static final Lit UNIT_C = new Lit("\"unit\":\"");
  private static final Lit NEXT_MULTIPLIER = new Lit(",\"multiplier\":");

  private static final WireTable<ReadingContextEnum> CONTEXTS =
      new WireTable<>(ReadingContextEnum.values());
  private static final WireTable<MeasurandEnum> MEASURANDS =
      new WireTable<>(MeasurandEnum.values());
  private static final WireTable<PhaseEnum> PHASES = new WireTable<>(PhaseEnum.values());
  private static final WireTable<LocationEnum> LOCATIONS = new WireTable<>(LocationEnum.values());

  private V201MeterValuesDecoder() {
    super(V201Actions.METER_VALUES);
  }

  @Override
  MeterValuesRequest readPayload(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    int evseId = 0;
    boolean hasEvseId = false;
    List<MeterValue> meterValue = null;
    do {
      switch (s.nameStart()) {
        case 'e':
          if (hasEvseId || !s.literal(EVSE_ID) || !s.consume(':')) {
            return null;
          }
          long e = s.int9();
          if (e == Long.MIN_VALUE) {
            return null;
          }
          evseId = (int) e;
          hasEvseId = true;
          break;
        case 'm':
          if (meterValue != null || !s.literal(METER_VALUE) || !s.consume(':')) {
            return null;
          }
          meterValue = meterValues(s);
          if (meterValue == null) {
            return null;
          }
          break;
        default:
          return null;
      }
    } while (s.consume(','));
    if (!s.consume('}') || !hasEvseId || meterValue == null) {
      return null;
    }
    return new MeterValuesRequest(null, evseId, meterValue);
  }

  static List<MeterValue> meterValues(JsonScan s) {
    return array(s, V201MeterValuesDecoder::meterValue, new MeterValue[2]);
  }

  private static MeterValue meterValue(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    Instant timestamp = null;
    List<SampledValue> sampledValue = null;
    do {
      switch (s.nameStart()) {
        case 't':
          if (timestamp != null || !s.literal(TIMESTAMP) || !s.consume(':')) {
            return null;
          }
          timestamp = s.instant();
          if (timestamp == null) {
            return null;
          }
          break;
        case 's':
          if (sampledValue != null || !s.literal(SAMPLED_VALUE) || !s.consume(':')) {
            return null;
          }
          sampledValue = sampledValues(s);
          if (sampledValue == null) {
            return null;
          }
          break;
        default:
          return null;
      }
    } while (s.consume(','));
    if (!s.consume('}') || timestamp == null || sampledValue == null) {
      return null;
    }
    return new MeterValue(null, sampledValue, timestamp);
  }

  private static List<SampledValue> sampledValues(JsonScan s) {
    return array(s, V201MeterValuesDecoder::sampledValue, new SampledValue[16]);
  }

  /**
   * Reads a sampled value; members in schema order without whitespace are read with one comparison
   * each, anything else by {@link #sampledValueAnyOrder} from the start of the object.
   */
  private static SampledValue sampledValue(JsonScan s) {
    int mark = s.pos;
    if (!s.consume('{')) {
      return null;
    }
    if (s.expect(VALUE_C)) {
      BigDecimal value = s.decimal18();
      if (value == null) {
        return null;
      }
      ReadingContextEnum context = null;
      MeasurandEnum measurand = null;
      PhaseEnum phase = null;
      LocationEnum location = null;
      UnitOfMeasure unitOfMeasure = null;
      if (s.expect(NEXT_CONTEXT) && (context = CONTEXTS.readRest(s)) == null) {
        return null;
      }
      if (s.expect(NEXT_MEASURAND) && (measurand = MEASURANDS.readRest(s)) == null) {
        return null;
      }
      if (s.expect(NEXT_PHASE) && (phase = PHASES.readRest(s)) == null) {
        return null;
      }
      if (s.expect(NEXT_LOCATION) && (location = LOCATIONS.readRest(s)) == null) {
        return null;
      }
      boolean ordered = true;
      if (s.expect(NEXT_UNIT_OF_MEASURE)) {
        unitOfMeasure = unitOfMeasureOrdered(s);
        ordered = unitOfMeasure != null;
      }
      if (ordered && s.expectByte('}')) {
        return new SampledValue(
            null, value, context, measurand, phase, location, null, unitOfMeasure);
      }
    }
    s.pos = mark;
    return sampledValueAnyOrder(s);
  }

  /**
   * The members of a unit of measure after its opening brace, in schema order without whitespace;
   * null when they are not (then the caller reads the whole sampled value again).
   */
  private static UnitOfMeasure unitOfMeasureOrdered(JsonScan s) {
    String unit = null;
    Integer multiplier = null;
    if (s.expect(UNIT_C)) {
      unit = s.stringRest(UNIT_MAX_LENGTH);
      if (unit == null) {
        return null;
      }
      if (s.expect(NEXT_MULTIPLIER)) {
        long m = s.int9();
        if (m == Long.MIN_VALUE) {
          return null;
        }
        multiplier = (int) m;
      }
    }
    return s.expectByte('}') ? new UnitOfMeasure(null, unit, multiplier) : null;
  }

  private static SampledValue sampledValueAnyOrder(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    BigDecimal value = null;
    ReadingContextEnum context = null;
    MeasurandEnum measurand = null;
    PhaseEnum phase = null;
    LocationEnum location = null;
    UnitOfMeasure unitOfMeasure = null;
    do {
      switch (s.nameStart()) {
        case 'v':
          if (value != null || !s.literal(VALUE) || !s.consume(':')) {
            return null;
          }
          value = s.decimal18();
          if (value == null) {
            return null;
          }
          break;
        case 'c':
          context = CONTEXTS.readField(s, context, CONTEXT_Q, CONTEXT);
          if (context == null) {
            return null;
          }
          break;
        case 'm':
          measurand = MEASURANDS.readField(s, measurand, MEASURAND_Q, MEASURAND);
          if (measurand == null) {
            return null;
          }
          break;
        case 'p':
          phase = PHASES.readField(s, phase, PHASE_Q, PHASE);
          if (phase == null) {
            return null;
          }
          break;
        case 'l':
          location = LOCATIONS.readField(s, location, LOCATION_Q, LOCATION);
          if (location == null) {
            return null;
          }
          break;
        case 'u':
          if (unitOfMeasure != null || !s.literal(UNIT_OF_MEASURE) || !s.consume(':')) {
            return null;
          }
          unitOfMeasure = unitOfMeasure(s);
          if (unitOfMeasure == null) {
            return null;
          }
          break;
        default:
          return null;
      }
    } while (s.consume(','));
    if (!s.consume('}') || value == null) {
      return null;
    }
    return new SampledValue(null, value, context, measurand, phase, location, null, unitOfMeasure);
  }

  private static UnitOfMeasure unitOfMeasure(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    if (s.consume('}')) {
      return new UnitOfMeasure(null, null, null);
    }
    String unit = null;
    Integer multiplier = null;
    do {
      switch (s.nameStart()) {
        case 'u':
          if (unit != null || !s.stringField(UNIT_Q, UNIT)) {
            return null;
          }
          unit = s.stringRest(UNIT_MAX_LENGTH);
          if (unit == null) {
            return null;
          }
          break;
        case 'm':
          if (multiplier != null || !s.literal(MULTIPLIER) || !s.consume(':')) {
            return null;
          }
          long m = s.int9();
          if (m == Long.MIN_VALUE) {
            return null;
          }
          multiplier = (int) m;
          break;
        default:
          return null;
      }
    } while (s.consume(','));
    return s.consume('}') ? new UnitOfMeasure(null, unit, multiplier) : null;
  }
}
