package org.evdepot.incidents.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.incidents.rules.LabelMatcher;

/**
 * A node of the routing tree. An incident enters at the root and goes down to the first child whose
 * matchers all match (then to that child's children, and so on); the deepest matching node decides
 * the receiver and timings. A child with {@code continueMatching} lets later siblings match too, so
 * one incident can reach several receivers. Children inherit unset timings and group-by labels from
 * their parent.
 *
 * <ul>
 *   <li>{@code groupWait}: how long a new group waits before its first notification, so that
 *       incidents starting together go out together;
 *   <li>{@code groupInterval}: the least time between two notifications of a group when something
 *       changed (new incident, resolution);
 *   <li>{@code repeatInterval}: how often a group with unacknowledged firing incidents is notified
 *       again when nothing changed.
 * </ul>
 *
 * @param matchers label matchers (empty at the root: matches everything)
 * @param receiver receiver name, or {@code null} to inherit
 * @param groupBy labels whose values split incidents into groups, or {@code null} to inherit
 * @param groupWait first-notification delay, or {@code null} to inherit
 * @param groupInterval change-notification spacing, or {@code null} to inherit
 * @param repeatInterval repeat spacing, or {@code null} to inherit
 * @param continueMatching whether later siblings are tried after this one matched
 * @param children child routes, tried in order
 */
public record Route(
    List<LabelMatcher> matchers,
    String receiver,
    List<String> groupBy,
    Duration groupWait,
    Duration groupInterval,
    Duration repeatInterval,
    boolean continueMatching,
    List<Route> children) {

  /** Validates and copies the fields. */
  public Route {
    matchers = List.copyOf(matchers);
    groupBy = groupBy == null ? null : List.copyOf(groupBy);
    children = List.copyOf(children);
    requireNonNegative(groupWait, "groupWait");
    requirePositive(groupInterval, "groupInterval");
    requirePositive(repeatInterval, "repeatInterval");
  }

  private static void requireNonNegative(Duration d, String field) {
    if (d != null && d.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative but was " + d);
    }
  }

  private static void requirePositive(Duration d, String field) {
    if (d != null && (d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException(field + " must be positive but was " + d);
    }
  }

  /**
   * A root route: everything to {@code receiver}, grouped by {@code groupBy}, with the given
   * timings; add children with {@link #withChild}.
   */
  public static Route root(
      String receiver,
      List<String> groupBy,
      Duration groupWait,
      Duration groupInterval,
      Duration repeatInterval) {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(groupWait, "groupWait");
    Objects.requireNonNull(groupInterval, "groupInterval");
    Objects.requireNonNull(repeatInterval, "repeatInterval");
    return new Route(
        List.of(), receiver, groupBy, groupWait, groupInterval, repeatInterval, false, List.of());
  }

  /** A child route sending matching incidents to {@code receiver}, inheriting everything else. */
  public static Route child(String receiver, LabelMatcher... matchers) {
    return new Route(List.of(matchers), receiver, null, null, null, null, false, List.of());
  }

  /** This route with one more child at the end. */
  public Route withChild(Route child) {
    List<Route> c = new ArrayList<>(children);
    c.add(child);
    return new Route(
        matchers, receiver, groupBy, groupWait, groupInterval, repeatInterval, continueMatching, c);
  }

  /** This route with {@code continueMatching} set. */
  public Route continuing() {
    return new Route(
        matchers, receiver, groupBy, groupWait, groupInterval, repeatInterval, true, children);
  }

  /** This route with other timings (null keeps inheriting). */
  public Route withTimings(Duration wait, Duration interval, Duration repeat) {
    return new Route(
        matchers, receiver, groupBy, wait, interval, repeat, continueMatching, children);
  }

  /** A route with every inherited setting resolved; {@code path} identifies the node. */
  public record Resolved(
      String path,
      String receiver,
      List<String> groupBy,
      Duration groupWait,
      Duration groupInterval,
      Duration repeatInterval) {}

  /**
   * The resolved routes an incident with these labels goes to (at least the root's).
   *
   * @throws IllegalStateException when the root has no receiver or timings
   */
  public List<Resolved> route(Map<String, String> labels) {
    if (receiver == null || groupWait == null || groupInterval == null || repeatInterval == null) {
      throw new IllegalStateException("the root route needs a receiver and all three timings");
    }
    List<Resolved> out = new ArrayList<>();
    Resolved self =
        new Resolved(
            "root",
            receiver,
            groupBy == null ? List.of() : groupBy,
            groupWait,
            groupInterval,
            repeatInterval);
    walk(this, self, labels, out);
    return out;
  }

  private static void walk(
      Route node, Resolved resolved, Map<String, String> labels, List<Resolved> out) {
    boolean matchedChild = false;
    int index = 0;
    for (Route child : node.children) {
      index++;
      if (!LabelMatcher.all(child.matchers, labels)) {
        continue;
      }
      Resolved r =
          new Resolved(
              resolved.path() + "/" + index,
              child.receiver != null ? child.receiver : resolved.receiver(),
              child.groupBy != null ? child.groupBy : resolved.groupBy(),
              child.groupWait != null ? child.groupWait : resolved.groupWait(),
              child.groupInterval != null ? child.groupInterval : resolved.groupInterval(),
              child.repeatInterval != null ? child.repeatInterval : resolved.repeatInterval());
      walk(child, r, labels, out);
      matchedChild = true;
      if (!child.continueMatching) {
        break;
      }
    }
    if (!matchedChild) {
      out.add(resolved);
    }
  }
}
