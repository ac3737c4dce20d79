package org.evdepot.telematics;

import java.util.Objects;

/**
 * A state of charge in percent (0..100) and which figure it is.
 *
 * @param percent state of charge in percent; not range-checked here (see {@link Plausibility})
 * @param basis whether it is the usable or the displayed figure
 */
public record StateOfCharge(double percent, SocBasis basis) {
  /** Validates the fields. */
  public StateOfCharge {
    Objects.requireNonNull(basis, "basis");
    if (Double.isNaN(percent) || Double.isInfinite(percent)) {
      throw new IllegalArgumentException("percent must be a finite number but was " + percent);
    }
  }
}
