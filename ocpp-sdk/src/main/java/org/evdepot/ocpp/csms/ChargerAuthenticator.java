package org.evdepot.ocpp.csms;

/**
 * Decides, during the WebSocket handshake and before the upgrade completes, whether a charger may
 * connect (OCPP security profile 1: HTTP Basic with the charge point id as user name). Runs on an
 * I/O thread: keep it fast (cache credentials).
 */
@FunctionalInterface
public interface ChargerAuthenticator {
  /** Accepts every charger; for development only. */
  ChargerAuthenticator ACCEPT_ALL = info -> AuthenticationResult.accept();

  /** The verdict for the charger described by {@code info}. */
  AuthenticationResult authenticate(HandshakeInfo info);
}
