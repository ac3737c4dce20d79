package org.evdepot.depotsim.model;

/**
 * An action applied at a time of the run.
 *
 * @param at seconds since the scenario start
 * @param action the action
 */
public record TimedAction(long at, Action action) {
  /** Validates every field. */
  public TimedAction {
    if (at < 0) {
      throw new IllegalArgumentException("action time must not be negative: " + at);
    }
    Checks.notNull("action", action);
  }
}
