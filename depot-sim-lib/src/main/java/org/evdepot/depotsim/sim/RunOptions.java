package org.evdepot.depotsim.sim;

/**
 * How a simulation runs.
 *
 * @param replanOnEvents also run the planner on arrivals, plug-ins and departures (it always runs
 *     at each control interval and on faults, recoveries, limit and target changes)
 * @param seriesIntervalSeconds sampling period of the recorded time series, 0 for none; any period
 *     gives one row at every multiple of it before the end of the run, holding the state at that
 *     instant (after the events at it), whether or not it divides the control interval. Sampling
 *     never changes the run: the KPIs are the same for every period
 * @param checkInvariants run the {@link InvariantChecker} on every segment
 */
public record RunOptions(
    boolean replanOnEvents, long seriesIntervalSeconds, boolean checkInvariants) {
  /** Validates every field. */
  public RunOptions {
    if (seriesIntervalSeconds < 0) {
      throw new IllegalArgumentException(
          "seriesIntervalSeconds must not be negative: " + seriesIntervalSeconds);
    }
  }

  /**
   * Replan on events, 15-minute series, invariants checked.
   *
   * @return the defaults
   */
  public static RunOptions defaults() {
    return new RunOptions(true, 900, true);
  }

  /**
   * A copy with another series interval.
   *
   * @param seconds interval, 0 for none
   * @return the copy
   */
  public RunOptions withSeriesInterval(long seconds) {
    return new RunOptions(replanOnEvents, seconds, checkInvariants);
  }

  /**
   * A copy with replanning on events switched.
   *
   * @param on whether to replan on events
   * @return the copy
   */
  public RunOptions withReplanOnEvents(boolean on) {
    return new RunOptions(on, seriesIntervalSeconds, checkInvariants);
  }
}
