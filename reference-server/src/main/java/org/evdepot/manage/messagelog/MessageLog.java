package org.evdepot.manage.messagelog;

import java.time.Instant;
import java.util.List;

/**
 * Stores every OCPP frame in and out and answers queries per charger and time range.
 *
 * <p>{@link #append} never waits for storage: implementations queue the frame and write it later,
 * so that logging does not delay a charger's answer. {@link #close} writes everything queued before
 * it returns, so an orderly shutdown loses no frame.
 */
public interface MessageLog extends AutoCloseable {

  /**
   * Queues a frame for storage. Returns at once.
   *
   * @param frame the frame
   * @return false when the log is closed or its queue is full (the frame is counted as dropped)
   */
  boolean append(LoggedFrame frame);

  /**
   * Waits until every frame appended before this call is stored.
   *
   * @param timeout how long to wait at most
   * @return true when everything was stored in time
   */
  boolean flush(java.time.Duration timeout);

  /**
   * Frames of one charger in {@code [from, to)}, oldest first.
   *
   * @param chargerId charger
   * @param from inclusive start
   * @param to exclusive end
   * @param limit at most this many frames
   * @return the frames
   */
  List<LoggedFrame> query(String chargerId, Instant from, Instant to, int limit);

  /** Stops accepting frames, stores what is queued, then releases resources. */
  @Override
  void close();
}
