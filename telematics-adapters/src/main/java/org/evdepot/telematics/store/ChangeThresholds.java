package org.evdepot.telematics.store;

/**
 * When a change is worth an event.
 *
 * @param socPercent minimum state-of-charge move, in percentage points, since the last reported
 *     value (e.g. 1.0)
 * @param locationMetres minimum move in metres since the last reported position (e.g. 50)
 */
public record ChangeThresholds(double socPercent, double locationMetres) {
  /** Validates the thresholds. */
  public ChangeThresholds {
    if (!(socPercent >= 0)) {
      throw new IllegalArgumentException("socPercent must be >= 0 but was " + socPercent);
    }
    if (!(locationMetres >= 0)) {
      throw new IllegalArgumentException("locationMetres must be >= 0 but was " + locationMetres);
    }
  }

  /** 1 percentage point and 50 metres. */
  public static ChangeThresholds defaults() {
    return new ChangeThresholds(1.0, 50.0);
  }
}
