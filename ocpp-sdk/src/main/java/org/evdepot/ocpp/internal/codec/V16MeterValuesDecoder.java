package org.evdepot.ocpp.internal.codec;

import java.time.Instant;
import java.util.List;
import org.evdepot.ocpp.internal.codec.JsonScan.Lit;
import org.evdepot.ocpp.v16.Location;
import org.evdepot.ocpp.v16.Measurand;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.Phase;
import org.evdepot.ocpp.v16.ReadingContext;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.UnitOfMeasure;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v16.ValueFormat;

/**
 * Fast decoder of the OCPP 1.6 {@code MeterValues.req}, equivalent to {@code
 * MeterValuesRequest.CODEC.read} for every payload it accepts (see {@link FastDecoder}).
 */
final class V16MeterValuesDecoder extends FastDecoder<MeterValuesRequest> {
  static final V16MeterValuesDecoder INSTANCE = new V16MeterValuesDecoder();

  private static final Lit CONNECTOR_ID = new Lit("\"connectorId\"");
  private static final Lit TRANSACTION_ID = new Lit("\"transactionId\"");
  private static final Lit METER_VALUE = new Lit("\"meterValue\"");
  private static final Lit TIMESTAMP = new Lit("\"timestamp\"");
  private static final Lit SAMPLED_VALUE = new Lit("\"sampledValue\"");
  private static final Lit VALUE = new Lit("\"value\"");
  private static final Lit VALUE_Q = new Lit("\"value\":\"");
  private static final Lit CONTEXT = new Lit("\"context\"");
  private static final Lit CONTEXT_Q = new Lit("\"context\":\"");
  private static final Lit FORMAT = new Lit("\"format\"");
  private static final Lit FORMAT_Q = new Lit("\"format\":\"");
  private static final Lit MEASURAND = new Lit("\"measurand\"");
  private static final Lit MEASURAND_Q = new Lit("\"measurand\":\"");
  private static final Lit PHASE = new Lit("\"phase\"");
  private static final Lit PHASE_Q = new Lit("\"phase\":\"");
  private static final Lit LOCATION = new Lit("\"location\"");
  private static final Lit LOCATION_Q = new Lit("\"location\":\"");
  private static final Lit UNIT = new Lit("\"unit\"");
  private static final Lit UNIT_Q = new Lit("\"unit\":\"");

  private static final Lit NEXT_CONTEXT = new Lit(",\"context\":\"");
  private static final Lit NEXT_FORMAT = new Lit(",\"format\":\"");
  private static final Lit NEXT_MEASURAND = new Lit(",\"measurand\":\"");
  private static final Lit NEXT_PHASE = new Lit(",\"phase\":\"");
  private static final Lit NEXT_LOCATION = new Lit(",\"location\":\"");
  private static final Lit NEXT_UNIT = new Lit(",\"unit\":\"");

  private static final WireTable<ReadingContext> CONTEXTS =
      new WireTable<>(ReadingContext.values());
  private static final WireTable<ValueFormat> FORMATS = new WireTable<>(ValueFormat.values());
  private static final WireTable<Measurand> MEASURANDS = new WireTable<>(Measurand.values());
  private static final WireTable<Phase> PHASES = new WireTable<>(Phase.values());
  private static final WireTable<Location> LOCATIONS = new WireTable<>(Location.values());
  private static final WireTable<UnitOfMeasure> UNITS = new WireTable<>(UnitOfMeasure.values());

  private V16MeterValuesDecoder() {
    super(V16Actions.METER_VALUES);
  }

  @Override
  MeterValuesRequest readPayload(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    int connectorId = 0;
    boolean hasConnectorId = false;
    Integer transactionId = null;
    List<MeterValue> meterValue = null;
    do {
      switch (s.nameStart()) {
        case 'c':
          if (hasConnectorId || !s.literal(CONNECTOR_ID) || !s.consume(':')) {
            return null;
          }
          long c = s.int9();
          if (c == Long.MIN_VALUE) {
            return null;
          }
          connectorId = (int) c;
          hasConnectorId = true;
          break;
        case 't':
          if (transactionId != null || !s.literal(TRANSACTION_ID) || !s.consume(':')) {
            return null;
          }
          long t = s.int9();
          if (t == Long.MIN_VALUE) {
            return null;
          }
          transactionId = (int) t;
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
    if (!s.consume('}') || !hasConnectorId || meterValue == null) {
      return null;
    }
    return new MeterValuesRequest(connectorId, transactionId, meterValue);
  }

  private static List<MeterValue> meterValues(JsonScan s) {
    return array(s, V16MeterValuesDecoder::meterValue, new MeterValue[2]);
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
    return new MeterValue(timestamp, sampledValue);
  }

  private static List<SampledValue> sampledValues(JsonScan s) {
    return array(s, V16MeterValuesDecoder::sampledValue, new SampledValue[16]);
  }

  private static SampledValue sampledValue(JsonScan s) {
    int mark = s.pos;
    if (!s.consume('{')) {
      return null;
    }
    if (s.expect(VALUE_Q)) {
      String value = s.stringRest(-1);
      if (value == null) {
        return null;
      }
      ReadingContext context = null;
      ValueFormat format = null;
      Measurand measurand = null;
      Phase phase = null;
      Location location = null;
      UnitOfMeasure unit = null;
      if (s.expect(NEXT_CONTEXT) && (context = CONTEXTS.readRest(s)) == null) {
        return null;
      }
      if (s.expect(NEXT_FORMAT) && (format = FORMATS.readRest(s)) == null) {
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
      if (s.expect(NEXT_UNIT) && (unit = UNITS.readRest(s)) == null) {
        return null;
      }
      if (s.expectByte('}')) {
        return new SampledValue(value, context, format, measurand, phase, location, unit);
      }
    }
    s.pos = mark;
    return sampledValueAnyOrder(s);
  }

  private static SampledValue sampledValueAnyOrder(JsonScan s) {
    if (!s.consume('{')) {
      return null;
    }
    String value = null;
    ReadingContext context = null;
    ValueFormat format = null;
    Measurand measurand = null;
    Phase phase = null;
    Location location = null;
    UnitOfMeasure unit = null;
    do {
      switch (s.nameStart()) {
        case 'v':
          if (value != null || !s.stringField(VALUE_Q, VALUE)) {
            return null;
          }
          value = s.stringRest(-1);
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
        case 'f':
          format = FORMATS.readField(s, format, FORMAT_Q, FORMAT);
          if (format == null) {
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
          unit = UNITS.readField(s, unit, UNIT_Q, UNIT);
          if (unit == null) {
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
    return new SampledValue(value, context, format, measurand, phase, location, unit);
  }
}
