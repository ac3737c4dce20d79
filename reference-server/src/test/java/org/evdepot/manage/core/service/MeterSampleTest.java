package org.evdepot.manage.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeterSampleTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void missingMeasurand_defaultsToTheEnergyRegister() {
    MeterSample s = new MeterSample(T, null, null, null, BigDecimal.TEN, null, null);

    assertThat(s.measurand()).isEqualTo(MeterSample.ENERGY_REGISTER);
    assertThat(s.energyWh()).isEqualByComparingTo("10");
  }

  @Test
  void energyInKilowattHours_isNormalisedToWattHours() {
    MeterSample s =
        new MeterSample(
            T, MeterSample.ENERGY_REGISTER, null, null, new BigDecimal("1.5"), "kWh", null);

    assertThat(s.energyWh()).isEqualByComparingTo("1500");
  }

  @Test
  void otherMeasurands_haveNoEnergy() {
    assertThat(
            new MeterSample(T, "Power.Active.Import", null, null, BigDecimal.ONE, "W", null)
                .energyWh())
        .isNull();
  }

  @Test
  void missingValueOrTime_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new MeterSample(T, null, null, null, null, null, null))
        .hasMessageContaining("value");
    assertThatThrownBy(() -> new MeterSample(null, null, null, null, BigDecimal.ONE, null, null))
        .hasMessageContaining("timestamp");
  }
}
