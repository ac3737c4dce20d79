package org.evdepot.ocpp.rpc;

import java.time.Instant;
import org.evdepot.ocpp.OcppVersion;

/**
 * One frame in or out, for message logging.
 *
 * @param chargePointId the connection's charge point id
 * @param version the connection's version
 * @param direction in or out
 * @param timestamp when the frame was received or handed to the socket
 * @param messageTypeId 2 (CALL), 3 (CALLRESULT), 4 (CALLERROR), or 0 when the frame could not be
 *     parsed
 * @param messageId the message id, or null when it could not be read
 * @param action the action (for a CALLRESULT or CALLERROR: the action of the CALL it answers), or
 *     null when unknown
 * @param text the frame exactly as sent or received
 */
public record FrameEvent(
    String chargePointId,
    OcppVersion version,
    FrameDirection direction,
    Instant timestamp,
    int messageTypeId,
    String messageId,
    String action,
    String text) {}
