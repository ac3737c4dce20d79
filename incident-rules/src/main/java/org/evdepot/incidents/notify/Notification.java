package org.evdepot.incidents.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.incidents.Incident;

/**
 * One message to a receiver about a group of incidents: those firing and those resolved since the
 * previous message of the group.
 *
 * @param receiver receiver name
 * @param groupKey identifies the group (route and group-by label values)
 * @param groupLabels the group-by labels and their values
 * @param firing incidents still firing (open or acknowledged)
 * @param resolved incidents resolved since the previous message; each appears in exactly one
 *     notification
 * @param title rendered title
 * @param body rendered body
 * @param createdAt clock time the notification was made
 */
public record Notification(
    String receiver,
    String groupKey,
    Map<String, String> groupLabels,
    List<Incident> firing,
    List<Incident> resolved,
    String title,
    String body,
    Instant createdAt) {

  /** Validates and copies the fields. */
  public Notification {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(groupKey, "groupKey");
    groupLabels = Map.copyOf(groupLabels);
    firing = List.copyOf(firing);
    resolved = List.copyOf(resolved);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** {@code firing} when any incident is firing, else {@code resolved}. */
  public String status() {
    return firing.isEmpty() ? "resolved" : "firing";
  }
}
