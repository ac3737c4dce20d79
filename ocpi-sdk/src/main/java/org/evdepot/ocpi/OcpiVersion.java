package org.evdepot.ocpi;

import java.util.Collection;
import java.util.Optional;

/** The OCPI versions this SDK speaks, ordered from oldest to newest. */
public enum OcpiVersion {
  /** OCPI 2.1.1: flat credentials, no routing headers, raw tokens in the Authorization header. */
  V2_1_1("2.1.1"),
  /** OCPI 2.2.1: credentials with roles, routing headers, Base64-encoded tokens. */
  V2_2_1("2.2.1");

  private final String wire;

  OcpiVersion(String wire) {
    this.wire = wire;
  }

  /**
   * The version number as written in URLs and version lists.
   *
   * @return e.g. {@code 2.2.1}
   */
  public String wire() {
    return wire;
  }

  /**
   * Whether requests of this version Base64-encode the token in the Authorization header.
   *
   * @return true for 2.2.1
   */
  public boolean encodesTokens() {
    return this == V2_2_1;
  }

  /**
   * Finds a version by its number.
   *
   * @param wire e.g. {@code 2.1.1}
   * @return the version, or empty when this SDK does not speak it
   */
  public static Optional<OcpiVersion> find(String wire) {
    for (OcpiVersion v : values()) {
      if (v.wire.equals(wire)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The highest version present in both collections.
   *
   * @param ours versions we speak
   * @param theirs versions the partner offers
   * @return the highest mutual version, or empty when there is none
   */
  public static Optional<OcpiVersion> highestMutual(
      Collection<OcpiVersion> ours, Collection<OcpiVersion> theirs) {
    OcpiVersion best = null;
    for (OcpiVersion v : theirs) {
      if (ours.contains(v) && (best == null || v.compareTo(best) > 0)) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }
}
