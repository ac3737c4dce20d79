package org.evdepot.ocpp.codec;

/**
 * A generated OCPP enumeration ({@code org.evdepot.ocpp.v16}, {@code org.evdepot.ocpp.v201}): every
 * constant knows its exact value on the wire, e.g. {@code ChargePointStatus.SUSPENDED_EVSE} is
 * {@code "SuspendedEVSE"}.
 */
public interface WireEnum {
  /** The value as it appears in JSON, e.g. {@code SuspendedEVSE}. */
  String wireValue();
}
