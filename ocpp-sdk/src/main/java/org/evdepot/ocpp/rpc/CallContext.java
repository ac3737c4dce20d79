package org.evdepot.ocpp.rpc;

/**
 * What a handler knows about the CALL it answers.
 *
 * @param session the connection the CALL came in on (use it to send CALLs back)
 * @param messageId the CALL's message id
 * @param action the CALL's action name
 */
public record CallContext(OcppSession session, String messageId, String action) {
  /** The charge point id of the connection. */
  public String chargePointId() {
    return session.chargePointId();
  }
}
