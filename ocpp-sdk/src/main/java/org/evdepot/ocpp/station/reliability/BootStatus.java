package org.evdepot.ocpp.station.reliability;

import org.evdepot.ocpp.OcppResponse;

/** Reads status and interval from a BootNotification response of either version. */
final class BootStatus {
  private BootStatus() {}

  static String status(OcppResponse r) {
    if (r instanceof org.evdepot.ocpp.v16.BootNotificationResponse) {
      return ((org.evdepot.ocpp.v16.BootNotificationResponse) r).status().wireValue();
    }
    if (r instanceof org.evdepot.ocpp.v201.BootNotificationResponse) {
      return ((org.evdepot.ocpp.v201.BootNotificationResponse) r).status().wireValue();
    }
    throw new IllegalArgumentException("not a BootNotification response: " + r);
  }

  static int interval(OcppResponse r) {
    if (r instanceof org.evdepot.ocpp.v16.BootNotificationResponse) {
      return ((org.evdepot.ocpp.v16.BootNotificationResponse) r).interval();
    }
    if (r instanceof org.evdepot.ocpp.v201.BootNotificationResponse) {
      return ((org.evdepot.ocpp.v201.BootNotificationResponse) r).interval();
    }
    throw new IllegalArgumentException("not a BootNotification response: " + r);
  }
}
