package org.evdepot.incidents;

/**
 * Told about every incident change the engine makes, after the store has it. Called on the engine's
 * thread while it holds its lock: implementations must be quick and must not call back into the
 * engine (the notification dispatcher only queues work). Exceptions are logged and ignored.
 */
@FunctionalInterface
public interface IncidentListener {

  /** What changed. */
  enum Change {
    /** A new incident. */
    OPENED,
    /** A further occurrence of an active incident. */
    OCCURRED,
    /** Someone acknowledged it. */
    ACKNOWLEDGED,
    /** It was resolved. */
    RESOLVED
  }

  /** The incident after the change. */
  void onChange(Incident incident, Change change);
}
