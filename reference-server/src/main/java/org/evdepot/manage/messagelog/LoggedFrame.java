package org.evdepot.manage.messagelog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;

/**
 * One OCPP-J frame as it crossed the wire.
 *
 * @param chargerId charger
 * @param direction in or out
 * @param time when it was received or sent
 * @param messageType 2 (CALL), 3 (CALLRESULT), 4 (CALLERROR), or 0 for a frame that could not be
 *     parsed (kept so that the log shows what a misbehaving charger really sent)
 * @param messageId the frame's unique message id
 * @param action the action (for results and errors, the action of the CALL answered), or null
 * @param frame the raw frame text
 */
@Serdeable
public record LoggedFrame(
    String chargerId,
    Direction direction,
    Instant time,
    int messageType,
    String messageId,
    String action,
    String frame) {

  /** Validates every field. */
  public LoggedFrame {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(frame, "frame");
    if (messageType != 0 && (messageType < 2 || messageType > 4)) {
      throw new IllegalArgumentException("messageType must be 0, 2, 3 or 4, got: " + messageType);
    }
  }
}
