/**
 * Every OCPP 2.0.1 message (all 64 actions), generated from the official JSON schemas by {@code
 * OcppCodeGenerator} (test sources); do not edit the classes here.
 *
 * <p>A tour:
 *
 * <ul>
 *   <li>{@link org.evdepot.ocpp.v201.V201Actions} lists the actions with their initiator (from the
 *       use cases of part 2) and codecs, e.g. {@code V201Actions.TRANSACTION_EVENT}.
 *   <li>One record per payload, {@code <Action>Request} and {@code <Action>Response}; records with
 *       more than three components have a validating {@code builder()}. Optional fields are {@code
 *       null} when absent; lists are immutable.
 *   <li>Nested types and enums are named after each schema definition's {@code javaType} ({@link
 *       org.evdepot.ocpp.v201.ChargingStation}, {@link org.evdepot.ocpp.v201.BootReasonEnum});
 *       identical definitions in several schemas are one Java type.
 *   <li>{@link org.evdepot.ocpp.v201.CustomData} is the one open type: properties its schema does
 *       not name are kept as {@link com.fasterxml.jackson.databind.JsonNode} values in {@code
 *       extensions()} and written back. {@code DataTransfer}'s {@code data} is any JSON value.
 *   <li>Types: {@code integer} is {@code int} (or {@code Integer} when optional), every {@code
 *       number} is a {@link java.math.BigDecimal} (exact), {@code date-time} is an {@link
 *       java.time.Instant}, written in UTC with at most three fraction digits. Schema defaults
 *       are documented but not filled in: an absent optional field stays {@code null}.
 *   <li>Each type has a {@code CODEC} ({@link org.evdepot.ocpp.codec.MessageCodec}) that reads and
 *       validates in one streaming pass and writes without reflection.
 * </ul>
 */
package org.evdepot.ocpp.v201;
