/**
 * Reading, writing and validating OCPP payloads: {@link org.evdepot.ocpp.codec.MessageCodec} (one
 * per generated type), {@link org.evdepot.ocpp.codec.Violation} with its {@link
 * org.evdepot.ocpp.codec.ViolationKind} (which decides the CALLERROR code), strict and lenient
 * {@link org.evdepot.ocpp.codec.ValidationMode}.
 */
package org.evdepot.ocpp.codec;
