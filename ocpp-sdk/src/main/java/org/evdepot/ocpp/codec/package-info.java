/**
 * Reading, writing and validating OCPP payloads: {@link org.evdepot.ocpp.codec.MessageCodec} (one
 * per generated type), {@link org.evdepot.ocpp.codec.Violation} with its {@link
 * org.evdepot.ocpp.codec.ViolationKind} (which decides the CALLERROR code), strict and lenient
 * {@link org.evdepot.ocpp.codec.ValidationMode}, {@link org.evdepot.ocpp.codec.WireEnum} (every
 * generated enum) and {@link org.evdepot.ocpp.codec.OcppJson} (one payload to and from a string,
 * for logs, fixtures and tools).
 */
package org.evdepot.ocpp.codec;
