package org.evdepot.ocpi.server;

import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.v221.CommandType;

/** The eMSP application's side of asynchronous command results. */
@FunctionalInterface
public interface CommandResultListener {
  /**
   * Called when a CPO posts a result to a {@code response_url} we gave.
   *
   * @param type command type from the URL
   * @param uid the unique part of our response URL
   * @param result {@code CommandResult} (2.2.1) or {@code CommandResponse211} (2.1.1)
   * @param partner the CPO
   * @param version OCPI version
   */
  void onResult(CommandType type, String uid, Object result, Partner partner, OcpiVersion version);
}
