package org.evdepot.ocpi.v221;

/** Token type (OCPI 2.2.1 §12.4.4). */
public enum TokenType {
  /** AD_HOC_USER */
  AD_HOC_USER,
  /** APP_USER */
  APP_USER,
  /** OTHER */
  OTHER,
  /** RFID */
  RFID
}
