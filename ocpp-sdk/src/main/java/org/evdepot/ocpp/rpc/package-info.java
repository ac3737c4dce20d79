/**
 * The OCPP-J RPC layer shared by both roles (OCPP-J 1.6 section 4, OCPP 2.0.1 part 4 section 4):
 * {@link org.evdepot.ocpp.rpc.OcppSession} sends CALLs and completes typed futures; {@link
 * org.evdepot.ocpp.rpc.Handlers} answers the peer's CALLs; {@link
 * org.evdepot.ocpp.rpc.RpcErrorCode} names the CALLERROR codes of both versions; {@link
 * org.evdepot.ocpp.rpc.FrameListener} sees every frame for message logging.
 *
 * <p>Rules enforced: at most one outstanding CALL per direction (further CALLs wait in order); a
 * response timeout (default 30 s); a malformed frame, an unknown action or a payload that violates
 * its schema is answered with the CALLERROR the spec prescribes and the connection stays up; a
 * CALLRESULT or CALLERROR for an unknown message id is logged and dropped; an invalid CALLRESULT
 * fails the caller and is not answered (1.6 and 2.0.1 have no message for it).
 */
package org.evdepot.ocpp.rpc;
