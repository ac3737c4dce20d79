package org.evdepot.ocpp.internal.codec;

/** A generated OCPP enumeration: every constant knows its exact value on the wire. */
public interface WireEnum {
  /** The value as it appears in JSON, e.g. {@code SuspendedEVSE}. */
  String wireValue();
}
