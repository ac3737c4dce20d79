package org.evdepot.ocpp.internal.testkit;

import java.util.concurrent.CompletionStage;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.rpc.CallContext;

/** Produces the answer to one CALL; a stage that never completes leaves the CALL unanswered. */
@FunctionalInterface
public interface Responder {
  /** Answers {@code request}. */
  CompletionStage<OcppResponse> respond(OcppRequest<?> request, CallContext context);
}
