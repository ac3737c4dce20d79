package org.evdepot.ocpi.client.v221;

import java.util.stream.Stream;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.v221.Cdr;

/** What an eMSP calls on a CPO's CDRs sender (OCPI 2.2.1 §10.2.1). */
public final class EmspCdrsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspCdrsClient(PartnerClient client) {
    super(client, ModuleId.CDRS, InterfaceRole.SENDER);
  }

  /**
   * Pulls the CPO's CDRs, lazily page by page.
   *
   * @param query date range and page size
   * @return the CDRs
   */
  public Stream<Cdr> pull(PullQuery query) {
    return client.pull(module, Cdr.class, query);
  }
}
