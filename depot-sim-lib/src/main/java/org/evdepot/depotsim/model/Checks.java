package org.evdepot.depotsim.model;

/** Validation helpers whose messages name the field and the value. */
final class Checks {
  private Checks() {}

  static String id(String field, String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank: " + v);
    }
    return v;
  }

  static double positive(String field, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be > 0: " + v);
    }
    return v;
  }

  static double nonNegative(String field, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be >= 0: " + v);
    }
    return v;
  }

  static double fraction(String field, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(field + " must be in 0..1: " + v);
    }
    return v;
  }

  static <T> T notNull(String field, T v) {
    if (v == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return v;
  }
}
