package org.evdepot.telematics;

/** Whether a charging cable is connected; independent of whether energy flows. */
public enum PlugState {
  /** A cable is connected. */
  PLUGGED,
  /** No cable is connected. */
  UNPLUGGED,
  /** The provider does not tell. */
  UNKNOWN
}
