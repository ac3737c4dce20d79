package org.evdepot.ocpp;

/** The payload of a CALLRESULT (OCPP 1.6 calls it a {@code .conf}). */
public interface OcppResponse extends OcppMessage {}
