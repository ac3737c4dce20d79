package org.evdepot.ocpi.client.v221;

import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.Connector;
import org.evdepot.ocpi.v221.Evse;
import org.evdepot.ocpi.v221.Location;

/** What a CPO calls on an eMSP's locations receiver (OCPI 2.2.1 §8.2.2). */
public final class CpoLocationsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoLocationsClient(PartnerClient client) {
    super(client, ModuleId.LOCATIONS, InterfaceRole.RECEIVER);
  }

  /**
   * Pushes a whole location ({@code PUT /{cc}/{pid}/{id}}).
   *
   * @param location the location
   */
  public void put(Location location) {
    client.put(module, location, location.countryCode(), location.partyId(), location.id());
  }

  /**
   * Pushes one EVSE of a location.
   *
   * @param location the location it belongs to
   * @param evse the EVSE
   */
  public void putEvse(Location location, Evse evse) {
    client.put(module, evse, location.countryCode(), location.partyId(), location.id(), evse.uid());
  }

  /**
   * Pushes one connector of an EVSE.
   *
   * @param location the location
   * @param evseUid the EVSE's UID
   * @param connector the connector
   */
  public void putConnector(Location location, String evseUid, Connector connector) {
    client.put(
        module,
        connector,
        location.countryCode(),
        location.partyId(),
        location.id(),
        evseUid,
        connector.id());
  }

  /**
   * Patches an EVSE, typically its status.
   *
   * @param location the location
   * @param evseUid the EVSE's UID
   * @param patch the changed fields
   */
  public void patchEvse(Location location, String evseUid, EvsePatch patch) {
    client.call(
        "PATCH",
        module,
        role,
        java.util.Map.of(),
        patch,
        Void.class,
        location.countryCode(),
        location.partyId(),
        location.id(),
        evseUid);
  }

  /**
   * Reads back what the eMSP stored (GET on its receiver).
   *
   * @param countryCode our country code
   * @param partyId our party ID
   * @param locationId location ID
   * @return the stored location, or empty
   */
  public Optional<Location> get(String countryCode, String partyId, String locationId) {
    return client.get(module, role, Location.class, countryCode, partyId, locationId);
  }
}
