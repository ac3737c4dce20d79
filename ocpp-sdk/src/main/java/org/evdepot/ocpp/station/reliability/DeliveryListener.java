package org.evdepot.ocpp.station.reliability;

import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;

/**
 * Told the outcome of every queued transaction-related message, including the ones queued by an
 * earlier process and replayed from a {@link FileMessageStore}, which have no caller waiting. Runs
 * on the station's queue thread: keep it short. Exceptions are logged and ignored.
 */
public interface DeliveryListener {
  /**
   * The CSMS answered {@code sent} with a CALLRESULT (already removed from the store).
   *
   * @param message the stored message
   * @param sent the request as sent, with a local 1.6 transaction id replaced by the CSMS's
   * @param response the response
   */
  default void onDelivered(StoredMessage message, OcppRequest<?> sent, OcppResponse response) {}

  /** The message was given up (already removed from the store). */
  default void onDropped(StoredMessage message, MessageDroppedException reason) {}
}
