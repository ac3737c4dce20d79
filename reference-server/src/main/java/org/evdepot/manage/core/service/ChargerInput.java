package org.evdepot.manage.core.service;

import org.evdepot.manage.core.model.RegistrationStatus;

/**
 * What an operator sets on a charger (create or update). Null fields are left as they are on
 * update.
 *
 * @param depotId depot, or null
 * @param registrationStatus registration status, or null (create: accepted)
 * @param password new password for basic authentication, or null
 * @param vendor vendor, or null
 * @param model model, or null
 */
public record ChargerInput(
    Long depotId,
    RegistrationStatus registrationStatus,
    String password,
    String vendor,
    String model) {

  /** Never prints the password. */
  @Override
  public String toString() {
    return "ChargerInput[depotId="
        + depotId
        + ", registrationStatus="
        + registrationStatus
        + ", password="
        + (password == null ? "null" : "***")
        + ", vendor="
        + vendor
        + ", model="
        + model
        + "]";
  }
}
