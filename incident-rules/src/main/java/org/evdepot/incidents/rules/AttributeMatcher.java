package org.evdepot.incidents.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.evdepot.incidents.Event;

/**
 * A test on one event attribute. Numbers are compared numerically (so {@code 7} equals {@code
 * 7.0}); other values by their string form.
 *
 * @param attribute the attribute name
 * @param op the comparison
 * @param values the operand(s): one for every operator but {@link Op#IN} (one or more) and {@link
 *     Op#EXISTS} (one boolean)
 */
public record AttributeMatcher(String attribute, Op op, List<Object> values) {

  /** Comparison operators, as written in rule files. */
  public enum Op {
    /** Equal ({@code eq}, or a plain value). */
    EQ,
    /** Not equal, or absent ({@code ne}). */
    NE,
    /** Equal to one of the values ({@code in}). */
    IN,
    /** Numerically greater ({@code gt}). */
    GT,
    /** Numerically greater or equal ({@code gte}). */
    GTE,
    /** Numerically less ({@code lt}). */
    LT,
    /** Numerically less or equal ({@code lte}). */
    LTE,
    /** Present ({@code exists: true}) or absent ({@code exists: false}). */
    EXISTS;

    /** The name used in rule files. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a rule-file operator name.
     *
     * @throws IllegalArgumentException naming the value when unknown
     */
    public static Op parse(String name) {
      for (Op op : values()) {
        if (op.fileName().equals(name)) {
          return op;
        }
      }
      throw new IllegalArgumentException(
          "operator must be one of eq, ne, in, gt, gte, lt, lte, exists but was '" + name + "'");
    }
  }

  /** Validates and copies the fields. */
  public AttributeMatcher {
    if (attribute == null || attribute.isBlank()) {
      throw new IllegalArgumentException("attribute must not be blank but was '" + attribute + "'");
    }
    Objects.requireNonNull(op, "op");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("operator " + op.fileName() + " needs a value");
    }
    if (op != Op.IN && values.size() != 1) {
      throw new IllegalArgumentException(
          "operator " + op.fileName() + " takes one value but got " + values.size());
    }
    for (Object v : values) {
      if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        throw new IllegalArgumentException(
            "operand of "
                + op.fileName()
                + " must be a string, number or boolean but was "
                + v.getClass().getSimpleName());
      }
    }
    if ((op == Op.GT || op == Op.GTE || op == Op.LT || op == Op.LTE)
        && !(values.get(0) instanceof Number)) {
      throw new IllegalArgumentException(
          "operator " + op.fileName() + " needs a number but got '" + values.get(0) + "'");
    }
    if (op == Op.EXISTS && !(values.get(0) instanceof Boolean)) {
      throw new IllegalArgumentException(
          "operator exists needs true or false but got '" + values.get(0) + "'");
    }
  }

  /** {@code attribute == value}. */
  public static AttributeMatcher eq(String attribute, Object value) {
    return new AttributeMatcher(attribute, Op.EQ, List.of(value));
  }

  /** Whether the event's attribute passes this test. */
  public boolean test(Event event) {
    Object actual = event.attribute(attribute);
    switch (op) {
      case EXISTS:
        return (actual != null) == (Boolean) values.get(0);
      case EQ:
        return actual != null && same(actual, values.get(0));
      case NE:
        return actual == null || !same(actual, values.get(0));
      case IN:
        if (actual == null) {
          return false;
        }
        for (Object v : values) {
          if (same(actual, v)) {
            return true;
          }
        }
        return false;
      default:
        if (!(actual instanceof Number)) {
          return false;
        }
        double a = ((Number) actual).doubleValue();
        double b = ((Number) values.get(0)).doubleValue();
        switch (op) {
          case GT:
            return a > b;
          case GTE:
            return a >= b;
          case LT:
            return a < b;
          default:
            return a <= b;
        }
    }
  }

  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof String && b instanceof String) {
      return a.equals(b); // the common case: no toString() round trip
    }
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return a.equals(b) || a.toString().equals(b.toString());
  }
}
