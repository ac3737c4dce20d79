package org.evdepot.ocpi.client.v221;

import java.util.Optional;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.Tariff;

/** What a CPO calls on an eMSP's tariffs receiver (OCPI 2.2.1 §11.2.2; no PATCH in 2.2.1). */
public final class CpoTariffsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoTariffsClient(PartnerClient client) {
    super(client, ModuleId.TARIFFS, InterfaceRole.RECEIVER);
  }

  /**
   * Pushes a tariff.
   *
   * @param tariff the tariff
   */
  public void put(Tariff tariff) {
    client.put(module, tariff, tariff.countryCode(), tariff.partyId(), tariff.id());
  }

  /**
   * Removes a tariff.
   *
   * @param tariff the tariff
   */
  public void delete(Tariff tariff) {
    client.delete(module, tariff.countryCode(), tariff.partyId(), tariff.id());
  }

  /**
   * Reads back what the eMSP stored.
   *
   * @param countryCode our country code
   * @param partyId our party ID
   * @param tariffId tariff ID
   * @return the stored tariff, or empty
   */
  public Optional<Tariff> get(String countryCode, String partyId, String tariffId) {
    return client.get(module, role, Tariff.class, countryCode, partyId, tariffId);
  }
}
