package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One measured value in a charging period (OCPI 2.2.1 §10.4.2).
 *
 * <p>Wire fields: {@code type}, {@code volume}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param type what is measured
 * @param volume the value
 */
public record CdrDimension(
    @JsonProperty("type") CdrDimensionType type, @JsonProperty("volume") BigDecimal volume) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CdrDimension {
    Objects.requireNonNull(type, "CdrDimension.type is required");
    Objects.requireNonNull(volume, "CdrDimension.volume is required");
  }
}
