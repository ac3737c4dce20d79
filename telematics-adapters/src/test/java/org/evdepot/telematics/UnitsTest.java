package org.evdepot.telematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void milesToKm_isTheDoubleNearestTheExactProduct() {
    assertThat(Units.kmFromMiles(250.5)).isEqualTo(new BigDecimal("403.140672").doubleValue());
    assertThat(Units.kmFromMiles(1)).isEqualTo(1.609344);
    // the naive binary product differs in the last place for this value
    assertThat(Units.kmFromMiles(198.39)).isEqualTo(new BigDecimal("319.27775616").doubleValue());
  }

  @Test
  void knots_mph_andMetresPerSecond_convertExactly() {
    assertThat(Units.kmhFromKnots(10)).isEqualTo(18.52);
    assertThat(Units.kmhFromMph(60)).isEqualTo(96.56064);
    assertThat(Units.kmhFromMetresPerSecond(12.5)).isEqualTo(45.0);
  }

  @Test
  void fractionsAndMilliPercent_becomePercent() {
    assertThat(Units.percentFromFraction(0.57)).isEqualTo(57.0);
    assertThat(Units.percentFromFraction(0.3)).isEqualTo(30.0);
    assertThat(Units.percentFromMilliPercent(76540)).isEqualTo(76.54);
    assertThat(Units.percentFromMilliPercent(100000)).isEqualTo(100.0);
  }

  @Test
  void metresAndWattHours_scaleByPowersOfTen() {
    assertThat(Units.kmFromMetres(183402117L)).isEqualTo(183402.117);
    assertThat(Units.kmFromMetres(95120350.0)).isEqualTo(95120.35);
    assertThat(Units.kwhFromWh(12500)).isEqualTo(12.5);
    assertThat(Units.kwFromMilliWatts(11_000_000)).isEqualTo(11.0);
    assertThat(Units.kwhFromMicroWh(1_500_000_000L)).isEqualTo(1.5);
  }

  @Test
  void milesRoundTrip_returnsTheOriginalValue() {
    assertThat(Units.milesFromKm(Units.kmFromMiles(15720.5))).isEqualTo(15720.5);
  }

  @Test
  void nonFiniteInput_isRejected() {
    assertThatThrownBy(() -> Units.kmFromMiles(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
