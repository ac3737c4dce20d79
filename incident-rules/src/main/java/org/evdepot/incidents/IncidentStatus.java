package org.evdepot.incidents;

/** Where an incident is in its lifecycle: open, then acknowledged (optional), then resolved. */
public enum IncidentStatus {
  /** Firing and nobody has taken it yet. */
  OPEN,
  /** Firing and someone has taken it; notifications stop repeating. */
  ACKNOWLEDGED,
  /** Over. A new occurrence opens a new incident linked to this one. */
  RESOLVED;

  /** Whether the incident is still firing (open or acknowledged). */
  public boolean isActive() {
    return this != RESOLVED;
  }
}
