package org.evdepot.manage.core.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One sampled value as a charger sent it (1.6 SampledValue with its MeterValue timestamp, 2.0.1
 * SampledValue likewise).
 *
 * @param timestamp sample time
 * @param measurand measurand; null means Energy.Active.Import.Register
 * @param phase phase, or null
 * @param location location, or null
 * @param value the value
 * @param unit unit; null means Wh for energy
 * @param context reading context, or null
 */
public record MeterSample(
    Instant timestamp,
    String measurand,
    String phase,
    String location,
    BigDecimal value,
    String unit,
    String context) {

  /** The default measurand of OCPP. */
  public static final String ENERGY_REGISTER = "Energy.Active.Import.Register";

  /** Validates and applies defaults. */
  public MeterSample {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(value, "value");
    measurand = measurand == null || measurand.isBlank() ? ENERGY_REGISTER : measurand;
  }

  /**
   * A sample of the energy import register in Wh.
   *
   * @param timestamp sample time
   * @param wh register value in Wh
   * @return the sample
   */
  public static MeterSample energyWh(Instant timestamp, long wh) {
    return new MeterSample(
        timestamp, ENERGY_REGISTER, null, null, BigDecimal.valueOf(wh), "Wh", null);
  }

  /**
   * @return the value in Wh when this is an energy register sample, else null
   */
  public BigDecimal energyWh() {
    if (!measurand.startsWith("Energy.Active.Import.Register")) {
      return null;
    }
    if (unit != null && unit.equalsIgnoreCase("kWh")) {
      return value.multiply(BigDecimal.valueOf(1000));
    }
    return value;
  }
}
