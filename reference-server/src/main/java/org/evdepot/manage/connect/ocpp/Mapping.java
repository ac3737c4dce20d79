package org.evdepot.manage.connect.ocpp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.manage.core.model.IdTokenStatus;
import org.evdepot.manage.core.service.AuthorizationResult;
import org.evdepot.manage.core.service.MeterSample;
import org.evdepot.ocpp.codec.WireEnum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Conversions between the SDK's generated OCPP types and the core's version-neutral values. */
final class Mapping {
  private static final Logger LOG = LoggerFactory.getLogger(Mapping.class);

  private Mapping() {}

  static String wire(WireEnum e) {
    return e == null ? null : e.wireValue();
  }

  static org.evdepot.ocpp.v16.IdTagInfo idTagInfo16(AuthorizationResult r) {
    AuthorizationResult a = r == null ? AuthorizationResult.INVALID : r;
    org.evdepot.ocpp.v16.AuthorizationStatus status;
    switch (a.status()) {
      case ACCEPTED:
        status = org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED;
        break;
      case BLOCKED:
        status = org.evdepot.ocpp.v16.AuthorizationStatus.BLOCKED;
        break;
      case EXPIRED:
        status = org.evdepot.ocpp.v16.AuthorizationStatus.EXPIRED;
        break;
      default:
        status = org.evdepot.ocpp.v16.AuthorizationStatus.INVALID;
    }
    String parent = a.parentIdTag();
    if (parent != null && parent.length() > 20) {
      parent = null;
    }
    return new org.evdepot.ocpp.v16.IdTagInfo(a.expiresAt(), parent, status);
  }

  static org.evdepot.ocpp.v201.IdTokenInfo idTokenInfo201(AuthorizationResult r) {
    AuthorizationResult a = r == null ? AuthorizationResult.INVALID : r;
    org.evdepot.ocpp.v201.AuthorizationStatusEnum status;
    switch (a.status()) {
      case ACCEPTED:
        status = org.evdepot.ocpp.v201.AuthorizationStatusEnum.ACCEPTED;
        break;
      case BLOCKED:
        status = org.evdepot.ocpp.v201.AuthorizationStatusEnum.BLOCKED;
        break;
      case EXPIRED:
        status = org.evdepot.ocpp.v201.AuthorizationStatusEnum.EXPIRED;
        break;
      default:
        status =
            a.status() == IdTokenStatus.INVALID
                ? org.evdepot.ocpp.v201.AuthorizationStatusEnum.INVALID
                : org.evdepot.ocpp.v201.AuthorizationStatusEnum.UNKNOWN;
    }
    return org.evdepot.ocpp.v201.IdTokenInfo.builder()
        .status(status)
        .cacheExpiryDateTime(a.expiresAt())
        .build();
  }

  /** 1.6 meter values to samples; values that are not numbers (signed data) are skipped. */
  static List<MeterSample> samples16(List<? extends Object> meterValues) {
    List<MeterSample> out = new ArrayList<>();
    if (meterValues == null) {
      return out;
    }
    for (Object o : meterValues) {
      Instant at;
      List<? extends Object> values;
      if (o instanceof org.evdepot.ocpp.v16.MeterValue) {
        org.evdepot.ocpp.v16.MeterValue mv = (org.evdepot.ocpp.v16.MeterValue) o;
        at = mv.timestamp();
        values = mv.sampledValue();
      } else {
        org.evdepot.ocpp.v16.StopTransactionMeterValue mv =
            (org.evdepot.ocpp.v16.StopTransactionMeterValue) o;
        at = mv.timestamp();
        values = mv.sampledValue();
      }
      for (Object s : values) {
        MeterSample sample = sample16(at, s);
        if (sample != null) {
          out.add(sample);
        }
      }
    }
    return out;
  }

  private static MeterSample sample16(Instant at, Object s) {
    String value;
    WireEnum measurand;
    WireEnum phase;
    WireEnum location;
    WireEnum unit;
    WireEnum context;
    WireEnum format;
    if (s instanceof org.evdepot.ocpp.v16.SampledValue) {
      org.evdepot.ocpp.v16.SampledValue v = (org.evdepot.ocpp.v16.SampledValue) s;
      value = v.value();
      measurand = v.measurand();
      phase = v.phase();
      location = v.location();
      unit = v.unit();
      context = v.context();
      format = v.format();
    } else {
      org.evdepot.ocpp.v16.StopTransactionSampledValue v =
          (org.evdepot.ocpp.v16.StopTransactionSampledValue) s;
      value = v.value();
      measurand = v.measurand();
      phase = v.phase();
      location = v.location();
      unit = v.unit();
      context = v.context();
      format = v.format();
    }
    if (format != null && "SignedData".equals(format.wireValue())) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      LOG.info("skipping non-numeric sampled value '{}'", value);
      return null;
    }
    return new MeterSample(
        at, wire(measurand), wire(phase), wire(location), number, wire(unit), wire(context));
  }

  /** 2.0.1 meter values to samples, applying the unit's power-of-ten multiplier. */
  static List<MeterSample> samples201(List<org.evdepot.ocpp.v201.MeterValue> meterValues) {
    List<MeterSample> out = new ArrayList<>();
    if (meterValues == null) {
      return out;
    }
    for (org.evdepot.ocpp.v201.MeterValue mv : meterValues) {
      for (org.evdepot.ocpp.v201.SampledValue v : mv.sampledValue()) {
        BigDecimal value = v.value();
        String unit = null;
        if (v.unitOfMeasure() != null) {
          unit = v.unitOfMeasure().unit();
          Integer m = v.unitOfMeasure().multiplier();
          if (m != null && m != 0) {
            value = value.scaleByPowerOfTen(m);
          }
        }
        out.add(
            new MeterSample(
                mv.timestamp(),
                wire(v.measurand()),
                wire(v.phase()),
                wire(v.location()),
                value,
                unit,
                wire(v.context())));
      }
    }
    return out;
  }
}
