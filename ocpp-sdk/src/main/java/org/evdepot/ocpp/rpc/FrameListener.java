package org.evdepot.ocpp.rpc;

/**
 * Sees every frame in and out of every connection, e.g. to persist a message log. Called on the
 * connection's threads: keep it fast and non-blocking (hand the event to a queue). Exceptions are
 * logged and ignored.
 */
@FunctionalInterface
public interface FrameListener {
  /** Called once per frame. */
  void onFrame(FrameEvent event);
}
