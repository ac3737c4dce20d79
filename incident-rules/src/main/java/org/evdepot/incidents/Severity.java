package org.evdepot.incidents;

import java.util.Locale;

/** How urgent an incident is, lowest first. */
public enum Severity {
  /** Worth knowing, nobody needs to act. */
  INFO,
  /** Someone should look during working hours. */
  WARNING,
  /** Vehicles may miss their departures: act now. */
  CRITICAL;

  /** The lower-case name used in labels and rule files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a severity name, any case.
   *
   * @throws IllegalArgumentException naming the value when it is not a severity
   */
  public static Severity parse(String value) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity must be one of info, warning, critical but was '" + value + "'");
  }
}
