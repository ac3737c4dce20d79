/**
 * OCPP-J for Java: the protocol versions ({@link org.evdepot.ocpp.OcppVersion}), their actions
 * ({@link org.evdepot.ocpp.ActionType}, {@link org.evdepot.ocpp.ActionCatalog}) and the typed
 * payload interfaces every generated message implements.
 *
 * <p>A tour: {@code v16} and {@code v201} hold every message of OCPP 1.6 and 2.0.1 as records,
 * generated from the official JSON schemas; {@code codec} reads and writes them with Jackson's
 * streaming API and reports schema violations; {@code rpc} is the version-independent OCPP-J RPC
 * layer (CALL, CALLRESULT, CALLERROR, handlers, sessions); {@code csms} and {@code station} are the
 * two roles over WebSocket (Tyrus).
 */
package org.evdepot.ocpp;
