package org.evdepot.ocpp;

/**
 * The payload of a CALL (OCPP 1.6 calls it a {@code .req}). Each request knows its action, so a
 * session can send it and complete a future typed with its response.
 *
 * @param <R> the response type of the action
 */
public interface OcppRequest<R extends OcppResponse> extends OcppMessage {
  /** The action this request belongs to. */
  ActionType<? extends OcppRequest<R>, R> actionType();
}
