package org.evdepot.incidents.notify;

import java.util.List;
import java.util.Objects;

/**
 * A named destination of notifications: one or more channels and the templates that render them.
 *
 * @param name name that routes refer to
 * @param notifiers channels, each gets every notification
 * @param templates title, body and per-incident line templates
 */
public record Receiver(String name, List<Notifier> notifiers, NotificationTemplates templates) {

  /** Validates and copies the fields. */
  public Receiver {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("receiver name must not be blank");
    }
    notifiers = List.copyOf(notifiers);
    Objects.requireNonNull(templates, "templates");
  }

  /** A receiver with the default templates. */
  public static Receiver of(String name, Notifier... notifiers) {
    return new Receiver(name, List.of(notifiers), NotificationTemplates.defaults());
  }
}
