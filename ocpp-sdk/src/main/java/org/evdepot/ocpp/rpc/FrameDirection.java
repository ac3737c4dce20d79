package org.evdepot.ocpp.rpc;

/** Whether a frame was received or sent by this side. */
public enum FrameDirection {
  /** Received from the peer. */
  IN,
  /** Sent to the peer. */
  OUT
}
