package org.evdepot.incidents;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event comes from: a kind, an id unique within its parent, and the parent. For example
 * connector {@code 2} of charger {@code CP-7} in depot {@code north} is {@code
 * Source.depot("north").charger("CP-7").connector("2")}, written {@code
 * depot:north/charger:CP-7/connector:2}.
 *
 * <p>Immutable; equal when kind, id and parent are equal. The path form is computed once.
 */
public final class Source {

  private final SourceKind kind;
  private final String id;
  private final Source parent;
  private final String path;

  /**
   * A source.
   *
   * @param kind the kind of source
   * @param id the id within the parent, not blank, without {@code /}
   * @param parent the enclosing source, or {@code null} for a root
   */
  public Source(SourceKind kind, String id, Source parent) {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank but was '" + id + "'");
    }
    if (id.indexOf('/') >= 0) {
      throw new IllegalArgumentException("source id must not contain '/' but was '" + id + "'");
    }
    this.kind = kind;
    this.id = id;
    this.parent = parent;
    String self = kind.label() + ":" + id;
    this.path = parent == null ? self : parent.path + "/" + self;
  }

  /** The kind of source. */
  public SourceKind kind() {
    return kind;
  }

  /** The id within the parent. */
  public String id() {
    return id;
  }

  /** The enclosing source, or {@code null} for a root. */
  public Source parent() {
    return parent;
  }

  /** This source or its nearest ancestor of the given kind, or {@code null}. */
  public Source nearest(SourceKind wanted) {
    for (Source s = this; s != null; s = s.parent) {
      if (s.kind == wanted) {
        return s;
      }
    }
    return null;
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
    return path;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Source && ((Source) o).path.equals(path));
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }
}
