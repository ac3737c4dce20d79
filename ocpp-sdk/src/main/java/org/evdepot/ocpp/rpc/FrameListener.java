package org.evdepot.ocpp.rpc;

/**
 * Sees every frame in and out of every connection, e.g. to persist a message log. Called on the
 * connection's threads: keep it fast and non-blocking (hand the event to a queue). Exceptions are
 * logged and ignored.
 */
@FunctionalInterface
public interface FrameListener {
  /**
   * The listener that ignores every frame (the default of {@link RpcOptions}). A connection whose
   * listener is this one does not build a {@link FrameEvent} or read the clock per frame.
   */
  FrameListener NONE = event -> {};

  /** Called once per frame. */
  void onFrame(FrameEvent event);
}
