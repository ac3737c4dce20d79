package org.evdepot.ocpp.rpc;

/**
 * Answers one CALL synchronously. Runs on the handler executor, never on an I/O thread. Throw
 * {@link CallErrorException} to answer with a specific CALLERROR; any other exception is answered
 * with {@code InternalError} and logged.
 *
 * @param <Q> request type
 * @param <R> response type
 */
@FunctionalInterface
public interface RequestHandler<Q, R> {
  /** Returns the response to {@code request}. */
  R handle(Q request, CallContext context) throws Exception;
}
