package org.evdepot.manage.messagelog;

/** Direction of a frame, seen from the server. */
public enum Direction {
  /** From the charger to the server. */
  IN,
  /** From the server to the charger. */
  OUT
}
