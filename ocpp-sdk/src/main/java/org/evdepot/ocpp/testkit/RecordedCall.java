package org.evdepot.ocpp.testkit;

import java.time.Instant;
import java.util.Objects;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;

/**
 * A CALL a mock received, decoded.
 *
 * @param chargePointId the connection's charge point id
 * @param messageId the CALL's message id
 * @param action the action
 * @param request the decoded request payload
 * @param receivedAt when the mock received it (the mock's clock)
 * @param <Q> request type
 */
public record RecordedCall<Q extends OcppRequest<?>>(
    String chargePointId,
    String messageId,
    ActionType<?, ?> action,
    Q request,
    Instant receivedAt) {
  /** Validates the values. */
  public RecordedCall {
    Objects.requireNonNull(chargePointId, "chargePointId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
