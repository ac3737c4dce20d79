package org.evdepot.ocpi;

/** Market role of a party (OCPI 2.2.1 §16.5). */
public enum Role {
  /** Charge point operator. */
  CPO,
  /** e-Mobility service provider. */
  EMSP,
  /** Roaming hub. */
  HUB,
  /** National access point. */
  NAP,
  /** Navigation service provider. */
  NSP,
  /** Other role. */
  OTHER,
  /** Smart charging service provider. */
  SCSP
}
