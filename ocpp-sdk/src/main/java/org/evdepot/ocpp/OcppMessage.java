package org.evdepot.ocpp;

/** A typed OCPP payload: the request or the response of one action of one version. */
public interface OcppMessage {}
