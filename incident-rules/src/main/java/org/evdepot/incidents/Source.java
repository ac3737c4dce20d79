package org.evdepot.incidents;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event comes from: a kind, an id unique within its parent, and the parent. For example
 * connector {@code 2} of charger {@code CP-7} in depot {@code north} is {@code
 * Source.depot("north").charger("CP-7").connector("2")}, written {@code
 * depot:north/charger:CP-7/connector:2}.
 *
 * @param kind the kind of source
 * @param id the id within the parent, not blank
 * @param parent the enclosing source, or {@code null} for a root
 */
public record Source(SourceKind kind, String id, Source parent) {

  /** Validates the fields. */
  public Source {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank but was '" + id + "'");
    }
    if (id.indexOf('/') >= 0) {
      throw new IllegalArgumentException("source id must not contain '/' but was '" + id + "'");
    }
  }

  /** A depot as root source. */
  public static Source depot(String id) {
    return new Source(SourceKind.DEPOT, id, null);
  }

  /** A root source of any kind (a charger whose depot is not known, for example). */
  public static Source of(SourceKind kind, String id) {
    return new Source(kind, id, null);
  }

  /** A child of this source. */
  public Source child(SourceKind childKind, String childId) {
    return new Source(childKind, childId, this);
  }

  /** A charger under this source. */
  public Source charger(String chargerId) {
    return child(SourceKind.CHARGER, chargerId);
  }

  /** A connector (or EVSE) under this source. */
  public Source connector(String connectorId) {
    return child(SourceKind.CONNECTOR, connectorId);
  }

  /** A vehicle under this source. */
  public Source vehicle(String vehicleId) {
    return child(SourceKind.VEHICLE, vehicleId);
  }

  /** A site meter under this source. */
  public Source meter(String meterId) {
    return child(SourceKind.METER, meterId);
  }

  /** This source or its nearest ancestor of the given kind. */
  public Optional<Source> ancestor(SourceKind wanted) {
    for (Source s = this; s != null; s = s.parent) {
      if (s.kind == wanted) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The id of this source or of its nearest ancestor of the given kind, or {@code null}. */
  public String idOf(SourceKind wanted) {
    for (Source s = this; s != null; s = s.parent) {
      if (s.kind == wanted) {
        return s.id;
      }
    }
    return null;
  }

  /**
   * Parses the path form written by {@link #toString()}, e.g. {@code depot:north/charger:CP-7}.
   *
   * @throws IllegalArgumentException naming the path when it is malformed
   */
  public static Source parse(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("source path must not be blank but was '" + path + "'");
    }
    Source current = null;
    for (String part : path.split("/")) {
      int colon = part.indexOf(':');
      if (colon <= 0 || colon == part.length() - 1) {
        throw new IllegalArgumentException(
            "source path must look like 'kind:id/kind:id' but was '" + path + "'");
      }
      current =
          new Source(
              SourceKind.parse(part.substring(0, colon)), part.substring(colon + 1), current);
    }
    return current;
  }

  /** The path form, root first: {@code depot:north/charger:CP-7/connector:2}. */
  @Override
  public String toString() {
    String self = kind.label() + ":" + id;
    return parent == null ? self : parent + "/" + self;
  }
}
