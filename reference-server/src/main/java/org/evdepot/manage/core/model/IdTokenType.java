package org.evdepot.manage.core.model;

/** Where an id token comes from. */
public enum IdTokenType {
  /** A card or key fob read by the charger. */
  RFID,
  /** An identity from a mobile app. */
  APP,
  /** An identity the central system uses for its own remote starts. */
  CENTRAL
}
