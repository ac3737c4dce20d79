/**
 * Every OCPP 1.6 JSON message (Core, Firmware Management, Local Auth List Management, Reservation,
 * Smart Charging, Remote Trigger and the Security Whitepaper messages), generated from the
 * official JSON schemas by {@code OcppCodeGenerator} (test sources); do not edit the classes here.
 *
 * <p>A tour:
 *
 * <ul>
 *   <li>{@link org.evdepot.ocpp.v16.V16Actions} lists the 39 actions with their initiator and
 *       codecs, e.g. {@code V16Actions.BOOT_NOTIFICATION}; {@code
 *       V16Actions.CATALOG.find("Heartbeat")} looks one up by its wire name.
 *   <li>One record per payload, {@code <Action>Request} (the spec's {@code .req}) and {@code
 *       <Action>Response} ({@code .conf}); records with more than three components have a
 *       validating {@code builder()}. Optional fields are {@code null} when absent; lists are
 *       immutable.
 *   <li>Inline schema types carry the names of the OCPP 1.6 specification ({@link
 *       org.evdepot.ocpp.v16.IdTagInfo}, {@link org.evdepot.ocpp.v16.MeterValue}, {@link
 *       org.evdepot.ocpp.v16.ChargePointStatus}, {@link org.evdepot.ocpp.v16.Measurand}...); the
 *       security definitions drop their {@code Type} suffix ({@link
 *       org.evdepot.ocpp.v16.CertificateHashData}). The schema of {@code StopTransaction.req}
 *       differs from {@code MeterValues.req} (no {@code Hertz} unit, no {@code minItems}), so its
 *       meter values are {@link org.evdepot.ocpp.v16.StopTransactionMeterValue}.
 *   <li>Enums keep the exact wire value ({@code ChargePointStatus.SUSPENDED_EVSE} is {@code
 *       "SuspendedEVSE"}); {@code fromWireValue} returns an {@code Optional}.
 *   <li>Types: {@code integer} is {@code int} (or {@code Integer} when optional), every {@code
 *       number} is a {@link java.math.BigDecimal} (exact, so {@code multipleOf 0.1} is checked
 *       without rounding), {@code date-time} is an {@link java.time.Instant}. {@code uri} formats
 *       are kept as strings and not checked.
 *   <li>Each type has a {@code CODEC} ({@link org.evdepot.ocpp.codec.MessageCodec}) that reads and
 *       validates in one streaming pass and writes without reflection.
 * </ul>
 */
package org.evdepot.ocpp.v16;
