package org.evdepot.ocpi.partner;

import java.util.Objects;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;

/**
 * A partner endpoint learned from its version details.
 *
 * @param module module
 * @param role interface role; {@code null} for 2.1.1, which has no roles
 * @param url endpoint URL
 */
public record EndpointRef(ModuleId module, InterfaceRole role, String url) {
  /** Checks required fields. */
  public EndpointRef {
    Objects.requireNonNull(module, "endpoint.module is required");
    Objects.requireNonNull(url, "endpoint.url is required");
  }
}
