package org.evdepot.ocpi.v211;

/** 2.1.1 token type (OCPI 2.1.1 §12.4.2). */
public enum TokenType211 {
  /** OTHER */
  OTHER,
  /** RFID */
  RFID
}
