package org.evdepot.incidents;

import java.util.Locale;

/**
 * What kind of thing an {@link Event} comes from. Sources form a hierarchy: a depot holds chargers,
 * vehicles and site meters; a charger holds connectors (OCPP 1.6) or EVSEs (OCPP 2.0.1).
 */
public enum SourceKind {
  /** A depot (site). */
  DEPOT,
  /** A charging station. */
  CHARGER,
  /** A connector or EVSE of a charger. */
  CONNECTOR,
  /** A vehicle (bus or truck). */
  VEHICLE,
  /** A site (grid connection) meter. */
  METER;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in templates, labels and rule files ({@code charger}). */
  public String label() {
    return label;
  }

  /**
   * Parses a lower- or upper-case kind name.
   *
   * @throws IllegalArgumentException naming the value when it is not a kind
   */
  public static SourceKind parse(String value) {
    for (SourceKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "source kind must be one of depot, charger, connector, vehicle, meter but was '"
            + value
            + "'");
  }
}
