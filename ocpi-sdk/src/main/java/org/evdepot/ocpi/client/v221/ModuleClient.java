package org.evdepot.ocpi.client.v221;

import java.util.Objects;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.client.PartnerClient;

/** Common checks of the typed clients: 2.2.1 partner, interface offered. */
abstract class ModuleClient {
  final PartnerClient client;
  final ModuleId module;
  final InterfaceRole role;

  ModuleClient(PartnerClient client, ModuleId module, InterfaceRole role) {
    this.client = Objects.requireNonNull(client, "client");
    this.module = module;
    this.role = role;
    if (client.partner().version() != OcpiVersion.V2_2_1) {
      throw new IllegalStateException(
          "typed "
              + module.id()
              + " client is for OCPI 2.2.1; partner "
              + client.partner().id()
              + " agreed "
              + client.partner().version().wire()
              + ": use PartnerClient with the v211 classes");
    }
    if (client.partner().endpoint(module, role).isEmpty()) {
      throw new OcpiException(
          OcpiStatus.NO_MATCHING_ENDPOINTS,
          0,
          "partner "
              + client.partner().id()
              + " offers no "
              + role
              + " endpoint for "
              + module.id(),
          null);
    }
  }

  /**
   * The generic client underneath, for calls this facade does not cover.
   *
   * @return the partner client
   */
  public PartnerClient generic() {
    return client;
  }
}
