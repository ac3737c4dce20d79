package org.evdepot.incidents.notify;

/**
 * A channel that delivers notifications (webhook, chat, e-mail, SMS...). Implementations may block
 * (network I/O) but should bound it with timeouts: the dispatcher calls them on its executor, never
 * on the engine's thread, and retries failures with backoff.
 */
public interface Notifier {

  /** A short name for logs and timelines, e.g. {@code webhook:ops}. */
  String name();

  /**
   * Delivers the notification.
   *
   * @throws NotifierException when delivery failed; {@link NotifierException#retryable()} says
   *     whether trying again may help
   */
  void send(Notification notification);
}
