/**
 * The CSMS (central system) role: {@link org.evdepot.ocpp.csms.OcppCsmsServer}, a WebSocket server
 * that negotiates the OCPP subprotocol, authenticates chargers during the handshake ({@link
 * org.evdepot.ocpp.csms.ChargerAuthenticator}) and keeps one session per charger.
 */
package org.evdepot.ocpp.csms;
