package org.evdepot.ocpp.rpc;

import java.net.SocketAddress;
import java.util.concurrent.CompletionStage;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;

/**
 * One OCPP-J connection between a charging station and a CSMS, seen from either side.
 *
 * <p>CALLs are sent one at a time (OCPP-J: at most one outstanding CALL per direction); further
 * calls wait in order. Each returned stage completes with the typed response, or exceptionally with
 * {@link CallErrorException}, {@link CallTimeoutException}, {@link InvalidResponseException} or
 * {@link ConnectionClosedException}.
 */
public interface OcppSession {
  /** The charge point id (the last path segment of the WebSocket URL). */
  String chargePointId();

  /** The negotiated protocol version. */
  OcppVersion version();

  /** The peer's address, when known. */
  SocketAddress remoteAddress();

  /** Whether the connection is open. */
  boolean isOpen();

  /**
   * Sends {@code request} as a CALL (queued behind any outstanding CALL) and completes with its
   * response.
   *
   * @throws IllegalArgumentException when the request belongs to another version, or this side may
   *     not initiate its action
   */
  <R extends OcppResponse> CompletionStage<R> call(OcppRequest<R> request);

  /** Closes the connection normally; pending and queued CALLs fail. */
  void close();
}
