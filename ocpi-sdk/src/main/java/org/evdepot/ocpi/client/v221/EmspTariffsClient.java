package org.evdepot.ocpi.client.v221;

import java.util.stream.Stream;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.v221.Tariff;

/** What an eMSP calls on a CPO's tariffs sender (OCPI 2.2.1 §11.2.1). */
public final class EmspTariffsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspTariffsClient(PartnerClient client) {
    super(client, ModuleId.TARIFFS, InterfaceRole.SENDER);
  }

  /**
   * Pulls the CPO's tariffs, lazily page by page.
   *
   * @param query date range and page size
   * @return the tariffs
   */
  public Stream<Tariff> pull(PullQuery query) {
    return client.pull(module, Tariff.class, query);
  }
}
