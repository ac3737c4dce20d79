package org.evdepot.ocpi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** OCPI module identifiers as they appear in version details (OCPI 2.2.1 §6.2.3). */
public enum ModuleId {
  /** Charge detail records. */
  CDRS("cdrs"),
  /** Smart charging profiles (2.2.1 only). */
  CHARGING_PROFILES("chargingprofiles"),
  /** Remote commands. */
  COMMANDS("commands"),
  /** Credentials and registration; a configuration module, not a functional one. */
  CREDENTIALS("credentials"),
  /** Hub client info (2.2.1 only). */
  HUB_CLIENT_INFO("hubclientinfo"),
  /** Locations, EVSEs and connectors. */
  LOCATIONS("locations"),
  /** Charging sessions. */
  SESSIONS("sessions"),
  /** Tariffs. */
  TARIFFS("tariffs"),
  /** Tokens. */
  TOKENS("tokens");

  private final String id;

  ModuleId(String id) {
    this.id = id;
  }

  /**
   * The identifier on the wire, e.g. {@code chargingprofiles}.
   *
   * @return the wire identifier
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Whether the module is functional: routing headers apply and token A is not accepted.
   *
   * @return false only for {@link #CREDENTIALS}
   */
  public boolean isFunctional() {
    return this != CREDENTIALS;
  }

  /**
   * The market role that normally implements one interface of this module, e.g. the CPO for the
   * locations SENDER and the eMSP for its RECEIVER (OCPI 2.2.1 module chapters, "Interfaces"). Used
   * to pick which of a platform's parties is meant when it has several roles.
   *
   * @param interfaceRole the interface
   * @return the role, or empty for credentials and hub client info (any role)
   */
  public Optional<Role> ownerRole(InterfaceRole interfaceRole) {
    boolean sender = interfaceRole == InterfaceRole.SENDER;
    return switch (this) {
      case LOCATIONS, SESSIONS, CDRS, TARIFFS -> Optional.of(sender ? Role.CPO : Role.EMSP);
      case TOKENS, COMMANDS -> Optional.of(sender ? Role.EMSP : Role.CPO);
      case CHARGING_PROFILES -> Optional.of(sender ? Role.SCSP : Role.CPO);
      case CREDENTIALS, HUB_CLIENT_INFO -> Optional.empty();
    };
  }

  /**
   * Looks a module up by its wire identifier (case-insensitive).
   *
   * @param id the identifier
   * @return the module, or empty when unknown
   */
  public static Optional<ModuleId> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String lower = id.toLowerCase(Locale.ROOT);
    for (ModuleId m : values()) {
      if (m.id.equals(lower)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a wire identifier.
   *
   * @param id the identifier
   * @return the module
   * @throws IllegalArgumentException when unknown
   */
  @JsonCreator
  public static ModuleId of(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown module id: " + id));
  }
}
