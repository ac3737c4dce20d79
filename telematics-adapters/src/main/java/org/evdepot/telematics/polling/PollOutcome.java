package org.evdepot.telematics.polling;

/** How the last poll of one vehicle went. */
public enum PollOutcome {
  /** Data arrived. */
  OK,
  /** The vehicle is asleep or offline and was not woken. */
  ASLEEP,
  /** The vehicle or its provider failed. */
  FAILED
}
