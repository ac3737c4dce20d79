package org.evdepot.ocpi.client.v221;

import java.util.Map;
import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.Session;

/** What a CPO calls on an eMSP's sessions receiver (OCPI 2.2.1 §9.2.2). */
public final class CpoSessionsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoSessionsClient(PartnerClient client) {
    super(client, ModuleId.SESSIONS, InterfaceRole.RECEIVER);
  }

  /**
   * Pushes a whole session.
   *
   * @param session the session
   */
  public void put(Session session) {
    client.put(module, session, session.countryCode(), session.partyId(), session.id());
  }

  /**
   * Patches a session.
   *
   * @param session the session as last pushed (for its keys)
   * @param patch the changed fields
   */
  public void patch(Session session, SessionPatch patch) {
    client.call(
        "PATCH",
        module,
        role,
        Map.of(),
        patch,
        Void.class,
        session.countryCode(),
        session.partyId(),
        session.id());
  }

  /**
   * Reads back what the eMSP stored.
   *
   * @param countryCode our country code
   * @param partyId our party ID
   * @param sessionId session ID
   * @return the stored session, or empty
   */
  public Optional<Session> get(String countryCode, String partyId, String sessionId) {
    return client.get(module, role, Session.class, countryCode, partyId, sessionId);
  }
}
