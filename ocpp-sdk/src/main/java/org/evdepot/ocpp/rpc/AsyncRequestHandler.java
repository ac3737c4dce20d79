package org.evdepot.ocpp.rpc;

import java.util.concurrent.CompletionStage;

/**
 * Answers one CALL asynchronously: the CALLRESULT is sent when the returned stage completes. A
 * stage that completes exceptionally is answered like a thrown exception in {@link RequestHandler}.
 *
 * @param <Q> request type
 * @param <R> response type
 */
@FunctionalInterface
public interface AsyncRequestHandler<Q, R> {
  /** Starts answering {@code request}. */
  CompletionStage<R> handle(Q request, CallContext context);
}
