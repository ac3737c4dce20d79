package org.evdepot.ocpi.client.v221;

import java.util.Optional;
import java.util.stream.Stream;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.v221.Connector;
import org.evdepot.ocpi.v221.Evse;
import org.evdepot.ocpi.v221.Location;

/** What an eMSP calls on a CPO's locations sender (OCPI 2.2.1 §8.2.1). */
public final class EmspLocationsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspLocationsClient(PartnerClient client) {
    super(client, ModuleId.LOCATIONS, InterfaceRole.SENDER);
  }

  /**
   * Pulls the CPO's locations, lazily page by page.
   *
   * @param query date range and page size
   * @return the locations
   */
  public Stream<Location> pull(PullQuery query) {
    return client.pull(module, Location.class, query);
  }

  /**
   * One location.
   *
   * @param locationId location ID
   * @return the location, or empty
   */
  public Optional<Location> get(String locationId) {
    return client.get(module, role, Location.class, locationId);
  }

  /**
   * One EVSE.
   *
   * @param locationId location ID
   * @param evseUid EVSE UID
   * @return the EVSE, or empty
   */
  public Optional<Evse> getEvse(String locationId, String evseUid) {
    return client.get(module, role, Evse.class, locationId, evseUid);
  }

  /**
   * One connector.
   *
   * @param locationId location ID
   * @param evseUid EVSE UID
   * @param connectorId connector ID
   * @return the connector, or empty
   */
  public Optional<Connector> getConnector(String locationId, String evseUid, String connectorId) {
    return client.get(module, role, Connector.class, locationId, evseUid, connectorId);
  }
}
