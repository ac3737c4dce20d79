package org.evdepot.ocpi.v221;

/** Socket or attached cable (OCPI 2.2.1 §8.4.4). */
public enum ConnectorFormat {
  /** SOCKET */
  SOCKET,
  /** CABLE */
  CABLE
}
