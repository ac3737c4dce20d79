package org.evdepot.ocpi.client.v221;

import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.Cdr;

/** What a CPO calls on an eMSP's CDRs receiver (OCPI 2.2.1 §10.2.2). */
public final class CpoCdrsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoCdrsClient(PartnerClient client) {
    super(client, ModuleId.CDRS, InterfaceRole.RECEIVER);
  }

  /**
   * Posts a new CDR. Not retried on a 5xx by default (a POST would create a duplicate).
   *
   * @param cdr the CDR
   * @return where the eMSP stored it (its {@code Location} header), if it said
   */
  public Optional<String> post(Cdr cdr) {
    return client.postCdr(cdr);
  }
}
