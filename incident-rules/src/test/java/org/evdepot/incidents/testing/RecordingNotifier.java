package org.evdepot.incidents.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evdepot.incidents.notify.Notification;
import org.evdepot.incidents.notify.Notifier;

/** A notifier that keeps what it is sent; it can be told to fail the first n attempts. */
public final class RecordingNotifier implements Notifier {

  private final String name;
  private final List<Notification> received = new CopyOnWriteArrayList<>();
  private volatile int failuresLeft;
  private volatile int attempts;

  /** A notifier that never fails. */
  public RecordingNotifier(String name) {
    this(name, 0);
  }

  /** A notifier that fails its first {@code failures} attempts with a retryable error. */
  public RecordingNotifier(String name, int failures) {
    this.name = name;
    this.failuresLeft = failures;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized void send(Notification notification) {
    attempts++;
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new org.evdepot.incidents.notify.NotifierException(name + " down", true, null);
    }
    received.add(notification);
  }

  /** What was delivered. */
  public List<Notification> received() {
    return List.copyOf(received);
  }

  /** How many times {@link #send} was called. */
  public int attempts() {
    return attempts;
  }
}
