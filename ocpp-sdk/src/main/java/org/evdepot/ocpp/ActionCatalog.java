package org.evdepot.ocpp;

import java.util.Collection;
import java.util.Optional;

/** Every action of one OCPP version, looked up by its wire name. */
public interface ActionCatalog {
  /** The version whose actions this catalog holds. */
  OcppVersion version();

  /** The action named {@code action} (exact, case-sensitive), if this version has it. */
  Optional<ActionType<?, ?>> find(String action);

  /** All actions of the version, in a stable order. */
  Collection<ActionType<?, ?>> all();
}
