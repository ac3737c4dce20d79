package org.evdepot.ocpi.server;

import java.util.Optional;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.partner.Partner;

/** The eMSP application's real-time token authorisation (OCPI 2.2.1 §12.2.1.2). */
@FunctionalInterface
public interface TokenAuthorizer {
  /**
   * Authorises a token for a CPO.
   *
   * @param uid token UID from the URL
   * @param type token type from the {@code type} query parameter ({@code RFID} when absent)
   * @param location the request body ({@code LocationReferences} or {@code LocationReferences211}),
   *     or null when the CPO sent none
   * @param partner the CPO
   * @param version OCPI version
   * @return {@code AuthorizationInfo} (2.2.1) or {@code AuthorizationInfo211} (2.1.1); empty when
   *     the token is unknown (answered 404 / 2004)
   */
  Optional<Object> authorize(
      String uid, String type, Object location, Partner partner, OcpiVersion version);
}
