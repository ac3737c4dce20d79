package org.evdepot.ocpi.client.v221;

import java.util.stream.Stream;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.v221.Session;

/** What an eMSP calls on a CPO's sessions sender (OCPI 2.2.1 §9.2.1). */
public final class EmspSessionsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspSessionsClient(PartnerClient client) {
    super(client, ModuleId.SESSIONS, InterfaceRole.SENDER);
  }

  /**
   * Pulls the CPO's sessions, lazily page by page.
   *
   * @param query date range and page size
   * @return the sessions
   */
  public Stream<Session> pull(PullQuery query) {
    return client.pull(module, Session.class, query);
  }
}
