package org.evdepot.ocpp.station.reliability;

import org.evdepot.ocpp.rpc.OcppException;

/**
 * A message that is not transaction-related was sent before the CSMS accepted the station's
 * BootNotification. OCPP forbids it (1.6 section 4.2; 2.0.1 B02.FR.02, B03.FR.02): only messages
 * the CSMS asked for with TriggerMessage may be sent while Pending, and those go through {@link
 * ReliableStation#client()} directly.
 */
public final class BootNotAcceptedException extends OcppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public BootNotAcceptedException(String message) {
    super(message);
  }
}
